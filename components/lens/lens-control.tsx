'use client';

import { useId } from 'react';
import type { ActorChoice } from '@/lib/api-client/actor-list-response';
import { actorsByParty } from '@/lib/claims/actors-by-party';
import type { Lang } from '@/lib/basemap/region-schema';
import type { Messages } from '@/lib/i18n/messages';

type LensControlProps = {
  lens: string | null;
  lens2: string | null;
  actors: ActorChoice[] | undefined;
  lang: Lang;
  messages: Messages;
  onChange: (patch: { lens?: string | null; lens2?: string | null }) => void;
};

function ActorOptions({ actors, lang, exclude }: { actors: ActorChoice[]; lang: Lang; exclude: string | null }) {
  return actorsByParty(actors, lang).map(({ party, members }) => (
    <optgroup key={party.id} label={party.names[lang]}>
      {[party, ...members]
        .filter((actor) => actor.id !== exclude)
        .map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.names[lang]}
          </option>
        ))}
    </optgroup>
  ));
}

/**
 * The claimant lens: view the map as one actor tells it (a party, or a body or person under it), and optionally a
 * second actor beside it. Both are in the URL (`lens`, `lens2`); the map endpoints do the narrowing.
 */
export function LensControl({ lens, lens2, actors, lang, messages, onChange }: LensControlProps) {
  const id = useId();
  const text = messages.view;
  const select =
    'min-h-11 w-full rounded border border-stone-400 bg-white px-2 text-sm disabled:opacity-60 dark:border-stone-500 dark:bg-stone-800';
  return (
    <fieldset className="mt-2 rounded-md border border-stone-300 p-2 dark:border-stone-700">
      <legend className="px-1 text-sm font-semibold">{text.lensHeading}</legend>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={`${id}-lens`} className="block text-xs text-stone-700 dark:text-stone-300">
            {text.viewAs}
          </label>
          <select
            id={`${id}-lens`}
            value={lens ?? ''}
            onChange={(event) => {
              const value = event.target.value || null;
              onChange(value === null ? { lens: null, lens2: null } : { lens: value, lens2: lens2 === value ? null : lens2 });
            }}
            className={select}
          >
            <option value="">{text.everyone}</option>
            {actors ? <ActorOptions actors={actors} lang={lang} exclude={null} /> : null}
            {!actors && lens ? <option value={lens}>{lens}</option> : null}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-lens2`} className="block text-xs text-stone-700 dark:text-stone-300">
            {text.compareWith}
          </label>
          <select
            id={`${id}-lens2`}
            value={lens2 ?? ''}
            disabled={lens === null}
            onChange={(event) => onChange({ lens2: event.target.value || null })}
            className={select}
          >
            <option value="">{text.noComparison}</option>
            {actors ? <ActorOptions actors={actors} lang={lang} exclude={lens} /> : null}
            {!actors && lens2 ? <option value={lens2}>{lens2}</option> : null}
          </select>
        </div>
      </div>
      {lens ? <p className="mt-1 text-xs text-stone-700 dark:text-stone-300">{text.lensNote}</p> : null}
    </fieldset>
  );
}
