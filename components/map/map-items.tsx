'use client';

import useSWR from 'swr';
import type { Lang } from '@/lib/basemap/region-schema';
import type { MapSubject } from '@/lib/claims/map-subjects';
import { fetchActorPoints } from '@/lib/api-client/fetchers';
import type { Messages } from '@/lib/i18n/messages';
import { STATUS_GLYPHS } from '../claims/status-badge';

type MapItemsProps = {
  /** The movements and deployments the map draws (the same query as its sources). */
  subjects: MapSubject[] | undefined;
  partyName: (id: string) => string;
  lang: Lang;
  messages: Messages;
  onSelectSubject: (kind: 'movement' | 'deployment', id: string) => void;
  onSelectActor: (id: string) => void;
};

const itemClass =
  'flex min-h-11 w-full items-center gap-2 rounded px-2 text-left text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700 dark:hover:bg-stone-800';

/**
 * Everything drawn on the canvas, as buttons: the keyboard's and the screen reader's way to every movement,
 * deployment and actor on the map (regions are reached through the search box). Each button's name is unique: the
 * item's name and its status (or, for an actor, its name).
 */
export function MapItems({ subjects, partyName, lang, messages, onSelectSubject, onSelectActor }: MapItemsProps) {
  // Its own cache key: other readers of the same URL keep other shapes of it.
  const { data: actors } = useSWR(['map-items-actors', '/api/v1/actors.geojson'] as const, ([, url]) => fetchActorPoints(url), {
    revalidateOnFocus: false,
  });
  const text = messages.view;
  const count = (subjects?.length ?? 0) + (actors?.length ?? 0);
  const groups = [
    { heading: messages.deploymentsHeading, items: subjects?.filter((subject) => subject.kind === 'deployment') ?? [] },
    { heading: messages.movementsHeading, items: subjects?.filter((subject) => subject.kind === 'movement') ?? [] },
  ];
  return (
    <details className="pointer-events-auto max-h-[60dvh] overflow-y-auto rounded-md border border-stone-300 bg-white/95 shadow dark:border-stone-600 dark:bg-stone-900/95">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold">{text.mapItems(count)}</summary>
      <div className="px-2 pb-2" data-testid="map-items">
        {subjects === undefined ? <p className="px-2 text-sm">{text.loading}</p> : null}
        {groups.map(({ heading, items }) =>
          items.length > 0 ? (
            <section key={heading} aria-label={heading}>
              <h3 className="mt-2 px-2 text-xs font-semibold text-stone-700 uppercase dark:text-stone-300">{heading}</h3>
              <ul>
                {items.map((subject) => {
                  const status = messages.status[subject.status];
                  const denied = subject.deniedBy.length > 0 ? text.deniedBy(subject.deniedBy.map(partyName).join(', ')) : null;
                  return (
                    <li key={subject.id}>
                      <button type="button" className={itemClass} onClick={() => onSelectSubject(subject.kind, subject.id)}>
                        <span aria-hidden="true" className="w-4 shrink-0 text-center">
                          {STATUS_GLYPHS[subject.status]}
                        </span>
                        <span>
                          {subject.names[lang]}
                          <span className="text-stone-700 dark:text-stone-300">, {status}</span>
                          {denied ? <span className="text-stone-700 dark:text-stone-300"> · ⊖ {denied}</span> : null}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null,
        )}
        {actors && actors.length > 0 ? (
          <section aria-label={text.actorsHeading}>
            <h3 className="mt-2 px-2 text-xs font-semibold text-stone-700 uppercase dark:text-stone-300">{text.actorsHeading}</h3>
            <ul>
              {actors.map((actor) => (
                <li key={actor.id}>
                  <button type="button" className={itemClass} onClick={() => onSelectActor(actor.id)}>
                    <span aria-hidden="true" className="w-4 shrink-0 text-center">
                      ■
                    </span>
                    {actor.names[lang]}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p className="mt-2 px-2 text-xs text-stone-700 dark:text-stone-300">{text.regionsHint}</p>
      </div>
    </details>
  );
}
