'use client';

import { useId, useState } from 'react';
import type { Lang } from '@/lib/basemap/region-schema';
import { hasFilters, type FeedFilters } from '@/lib/claims/feed-query';
import { STANCES, type Names } from '@/lib/domain/vocabulary';
import { STATUSES } from '@/lib/domain/status';
import { actorsByParty } from '@/lib/claims/actors-by-party';
import type { Messages } from '@/lib/i18n/messages';
import { useActorList } from '../use-actor-list';

type FeedFiltersProps = {
  filters: FeedFilters;
  partyNames: Readonly<Record<string, Names>>;
  lang: Lang;
  messages: Messages;
  onChange: (patch: Partial<FeedFilters>) => void;
};

const FIELD = 'min-h-11 w-full rounded border border-stone-400 bg-white px-2 text-sm dark:border-stone-500 dark:bg-stone-800';

/** The feed's filters: party, claimant, stance, status, date range and words; each change goes to the URL at once. */
export function FeedFiltersForm({ filters, partyNames, lang, messages, onChange }: FeedFiltersProps) {
  const id = useId();
  const [words, setWords] = useState(filters.q ?? '');
  const dash = messages.dashboard;
  // Claimants: any actor, grouped under its party; the API's `claimant` takes in the actors under it too.
  const { actors } = useActorList();
  const parties = Object.entries(partyNames).sort((a, b) => a[1][lang].localeCompare(b[1][lang], lang));
  return (
    <form
      role="search"
      aria-label={messages.filters}
      className="grid grid-cols-2 gap-2 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: words.trim() === '' ? null : words.trim().slice(0, 200) });
      }}
    >
      <div className="col-span-2">
        <label htmlFor={`${id}-q`} className="block text-xs text-stone-700 dark:text-stone-300">
          {messages.searchClaims}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={words}
          maxLength={200}
          onChange={(event) => setWords(event.target.value)}
          onBlur={() => onChange({ q: words.trim() === '' ? null : words.trim() })}
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor={`${id}-party`} className="block text-xs text-stone-700 dark:text-stone-300">{messages.party}</label>
        <select id={`${id}-party`} value={filters.party ?? ''} onChange={(event) => onChange({ party: event.target.value || null })} className={FIELD}>
          <option value="">{messages.anyParty}</option>
          {parties.map(([party, names]) => (
            <option key={party} value={party}>
              {names[lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2">
        <label htmlFor={`${id}-claimant`} className="block text-xs text-stone-700 dark:text-stone-300">{dash.claimantLabel}</label>
        <select
          id={`${id}-claimant`}
          value={filters.claimant ?? ''}
          onChange={(event) => onChange({ claimant: event.target.value || null })}
          className={FIELD}
        >
          <option value="">{dash.anyClaimant}</option>
          {actors
            ? actorsByParty(actors, lang).map(({ party, members }) => (
                <optgroup key={party.id} label={party.names[lang]}>
                  {[party, ...members].map((actor) => (
                    <option key={actor.id} value={actor.id}>
                      {actor.names[lang]}
                    </option>
                  ))}
                </optgroup>
              ))
            : null}
          {!actors && filters.claimant ? <option value={filters.claimant}>{filters.claimant}</option> : null}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-stance`} className="block text-xs text-stone-700 dark:text-stone-300">{messages.stanceLabel}</label>
        <select
          id={`${id}-stance`}
          value={filters.stance ?? ''}
          onChange={(event) => onChange({ stance: (STANCES as readonly string[]).includes(event.target.value) ? (event.target.value as FeedFilters['stance']) : null })}
          className={FIELD}
        >
          <option value="">{messages.anyStance}</option>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {messages.stance[stance]}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2">
        <label htmlFor={`${id}-status`} className="block text-xs text-stone-700 dark:text-stone-300">{messages.statusLabel}</label>
        <select
          id={`${id}-status`}
          value={filters.status ?? ''}
          onChange={(event) => {
            const value = [...STATUSES, 'unreported'].find((status) => status === event.target.value);
            onChange({ status: (value as FeedFilters['status']) ?? null });
          }}
          className={FIELD}
        >
          <option value="">{messages.anyStatus}</option>
          {[...STATUSES, 'unreported' as const].map((status) => (
            <option key={status} value={status}>
              {messages.status[status]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-from`} className="block text-xs text-stone-700 dark:text-stone-300">{messages.fromLabel}</label>
        <input id={`${id}-from`} type="date" value={filters.from ?? ''} onChange={(event) => onChange({ from: event.target.value || null })} className={FIELD} />
      </div>
      <div>
        <label htmlFor={`${id}-to`} className="block text-xs text-stone-700 dark:text-stone-300">{messages.toLabel}</label>
        <input id={`${id}-to`} type="date" value={filters.to ?? ''} onChange={(event) => onChange({ to: event.target.value || null })} className={FIELD} />
      </div>
      {hasFilters(filters) ? (
        <button
          type="button"
          onClick={() => {
            setWords('');
            onChange({ party: null, claimant: null, stance: null, status: null, from: null, to: null, q: null });
          }}
          className="col-span-2 min-h-11 rounded border border-stone-400 px-2 font-medium dark:border-stone-500"
        >
          {messages.clearFilters}
        </button>
      ) : null}
    </form>
  );
}
