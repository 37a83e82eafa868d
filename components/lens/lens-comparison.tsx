'use client';

import type { Lang } from '@/lib/basemap/region-schema';
import { lensDifference, type MapSubject } from '@/lib/claims/map-subjects';
import type { Messages } from '@/lib/i18n/messages';
import { STATUS_GLYPHS } from '../claims/status-badge';
import { useMapSubjects } from '../use-map-subjects';

type LensComparisonProps = {
  /** The two lenses' map queries (mapSubjectQuery with each lens) and their actors' names. */
  first: { query: string; name: string };
  second: { query: string; name: string };
  lang: Lang;
  messages: Messages;
  onSelectSubject: (kind: 'movement' | 'deployment', id: string) => void;
};

/** Where two lenses differ: what only one of them asserts, and what both do; each item opens its details. */
export function LensComparison({ first, second, lang, messages, onSelectSubject }: LensComparisonProps) {
  const a = useMapSubjects(first.query);
  const b = useMapSubjects(second.query);
  const text = messages.view;
  if (!a.subjects || !b.subjects) return <p className="mt-2 text-sm">{text.loading}</p>;
  const difference = lensDifference(a.subjects, b.subjects);
  const lists: { key: string; heading: string; items: MapSubject[] }[] = [
    { key: 'first', heading: text.onlyIn(first.name), items: difference.onlyFirst },
    { key: 'second', heading: text.onlyIn(second.name), items: difference.onlySecond },
    { key: 'both', heading: text.both, items: difference.both },
  ];
  const none = difference.onlyFirst.length === 0 && difference.onlySecond.length === 0;
  return (
    <section aria-labelledby="lens-differences" className="mt-2" data-testid="lens-differences">
      <h3 id="lens-differences" className="text-sm font-semibold">
        {text.differences}
      </h3>
      {none ? <p className="text-sm">{text.noDifference}</p> : null}
      {lists.map(({ key, heading, items }) => (
        <div key={key} className="mt-1">
          <h4 className="text-xs font-semibold text-stone-700 dark:text-stone-300">
            {heading} ({items.length})
          </h4>
          <ul>
            {items.map((subject) => (
              <li key={`${subject.kind}:${subject.id}`}>
                <button
                  type="button"
                  onClick={() => onSelectSubject(subject.kind, subject.id)}
                  className="flex min-h-11 w-full items-center gap-2 rounded px-1 text-left text-sm underline-offset-2 hover:underline"
                >
                  <span aria-hidden="true" className="w-4 shrink-0 text-center">
                    {STATUS_GLYPHS[subject.status]}
                  </span>
                  {subject.names[lang]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
