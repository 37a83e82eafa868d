'use client';

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang, Region } from '@/lib/basemap/region-schema';
import type { Messages } from '@/lib/i18n/messages';
import { regionTypeIn } from '@/lib/i18n/region-types';
import { searchRegions } from '@/lib/regions/region-search';

type RegionSearchProps = {
  regions: readonly Region[];
  /** Finds a country's record, to say which country a province belongs to. */
  lookup: (id: string) => Region | undefined;
  lang: Lang;
  messages: Messages;
  onSelect: (id: string) => void;
};

/** The keyboard and screen-reader way to every region: an ARIA 1.2 combobox with a listbox of matches. */
export function RegionSearch({ regions, lookup, lang, messages, onSelect }: RegionSearchProps) {
  const inputId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  // Text typed while the page was still loading (the box is in the server's HTML) is in the box but not in this
  // state: take it over once the page is live, so its matches show instead of an unanswered query.
  useEffect(() => {
    const input = inputRef.current;
    if (!input || input.value === '') return;
    setQuery(input.value);
    setOpen(document.activeElement === input);
  }, []);
  const matches = useMemo(() => searchRegions(regions, query, lang), [regions, query, lang]);
  const expanded = open && query.trim().length > 0;

  const choose = (region: Region) => {
    setOpen(false);
    setQuery(region.names[lang]);
    onSelect(region.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, Math.max(matches.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      const region = matches[active];
      if (expanded && region) {
        event.preventDefault();
        choose(region);
      }
    } else if (event.key === 'Escape' && expanded) {
      // Closing the list is this Escape's whole job: the details panel stays open.
      event.preventDefault();
      setOpen(false);
    }
  };

  const describe = (region: Region) =>
    region.kind === 'province'
      ? `${regionTypeIn(region.type, lang)} · ${lookup(region.country)?.names[lang] ?? region.country}`
      : messages.countryType;

  return (
    <div className="relative w-full md:max-w-sm">
      <label htmlFor={inputId} className="sr-only">
        {messages.searchLabel}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && matches[active] ? `${listId}-${matches[active].id}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={messages.searchPlaceholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 text-base text-stone-900 placeholder:text-stone-500 dark:border-stone-500 dark:bg-stone-800 dark:text-stone-100 dark:placeholder:text-stone-400 focus-visible:outline-2 focus-visible:outline-sky-700"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={messages.searchLabel}
        hidden={!expanded}
        className="absolute z-30 mt-1 max-h-80 w-full overflow-y-auto rounded-md border border-stone-300 bg-white py-1 shadow-lg dark:border-stone-600 dark:bg-stone-800"
      >
        {matches.map((region, index) => (
          <li
            key={region.id}
            id={`${listId}-${region.id}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(region)}
            onMouseEnter={() => setActive(index)}
            className={`flex min-h-11 cursor-pointer flex-col justify-center px-3 py-1 ${index === active ? 'bg-sky-100 dark:bg-sky-900' : ''}`}
          >
            <span className="text-stone-900 dark:text-stone-100">{region.names[lang]}</span>
            <span className="text-xs text-stone-600 dark:text-stone-300">{describe(region)}</span>
          </li>
        ))}
        {matches.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-2 text-sm text-stone-600 dark:text-stone-300">
            {messages.searchNoMatch}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
