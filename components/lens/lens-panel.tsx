'use client';

import type { ActorChoice } from '@/lib/api-client/actor-list-response';
import type { Lang } from '@/lib/basemap/region-schema';
import type { Messages } from '@/lib/i18n/messages';
import { LensComparison } from './lens-comparison';
import { LensControl } from './lens-control';

type LensPanelProps = {
  lens: string | null;
  lens2: string | null;
  /** The map query of each lens (mapSubjectQuery). */
  queries: { lens: string; lens2: string };
  actors: ActorChoice[] | undefined;
  actorName: (id: string) => string;
  lang: Lang;
  messages: Messages;
  onChange: (patch: { lens?: string | null; lens2?: string | null }) => void;
  onSelectSubject: (kind: 'movement' | 'deployment', id: string) => void;
};

/** The lens chooser and, with two lenses, where they differ. */
export function LensPanel({ lens, lens2, queries, actors, actorName, lang, messages, onChange, onSelectSubject }: LensPanelProps) {
  return (
    <div>
      <LensControl lens={lens} lens2={lens2} actors={actors} lang={lang} messages={messages} onChange={onChange} />
      {lens && lens2 ? (
        <LensComparison
          first={{ query: queries.lens, name: actorName(lens) }}
          second={{ query: queries.lens2, name: actorName(lens2) }}
          lang={lang}
          messages={messages}
          onSelectSubject={onSelectSubject}
        />
      ) : null}
    </div>
  );
}
