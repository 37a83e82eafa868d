'use client';

import useSWR from 'swr';
import type { ClaimView, RelationView } from '@/lib/api/claim-view';
import { fetchClaim } from '@/lib/api-client/fetchers';
import type { Lang } from '@/lib/basemap/region-schema';
import { formatPartialDate, summaryIn } from '@/lib/claims/claim-format';
import type { Messages } from '@/lib/i18n/messages';
import { ClaimCard } from '../claims/claim-card';
import { StanceBadge } from '../claims/stance-badge';
import { StatusBadge } from '../claims/status-badge';
import { LoadError } from '../ui/load-error';
import { DetailsPanel } from './details-panel';

type ClaimPanelProps = {
  id: string;
  /** The claim the server rendered with the page (the link's `claim`); used while it is the one shown. */
  initialClaim: ClaimView | null;
  lang: Lang;
  messages: Messages;
  onOpenClaim: (id: string) => void;
  onOpenSubject: (kind: 'movement' | 'deployment', id: string) => void;
  onClose: () => void;
};

const LINK = 'min-h-11 text-left font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300';

function RelationList({ relations, label, onOpenClaim, lang, messages }: { relations: RelationView[]; label: (kind: RelationView['kind']) => string; onOpenClaim: (id: string) => void; lang: Lang; messages: Messages }) {
  return relations.map((relation) => (
    <li key={`${relation.kind}-${relation.claim.id}`} className="flex flex-wrap items-center gap-2">
      <span className="text-stone-700 dark:text-stone-300">{label(relation.kind)}:</span>
      <button type="button" className={LINK} onClick={() => onOpenClaim(relation.claim.id)}>
        {formatPartialDate(relation.claim.date, lang)}
      </button>
      <StanceBadge stance={relation.claim.stance} label={messages.stance[relation.claim.stance]} />
    </li>
  ));
}

function ClaimBody({ claim, lang, messages, onOpenClaim, onOpenSubject }: { claim: ClaimView } & Omit<ClaimPanelProps, 'id' | 'initialClaim' | 'onClose'>) {
  return (
    <div className="mt-2 space-y-4">
      <ClaimCard claim={claim} lang={lang} messages={messages} sourcesOpen />
      {claim.subjects.length > 0 ? (
        <section aria-labelledby="claim-about">
          <h3 id="claim-about" className="text-sm font-semibold">{messages.aboutHeading}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {claim.subjects.map((subject, index) => {
              if (subject.kind === 'topic') {
                const topic = summaryIn(subject.topic, lang);
                return (
                  <li key={`topic-${index}`} lang={topic.lang}>
                    {topic.text}
                  </li>
                );
              }
              const name = subject.names?.[lang] ?? subject.id;
              const { kind, id } = subject;
              return (
                <li key={subject.id} className="flex flex-wrap items-center gap-2">
                  {kind === 'event' ? (
                    <span>{name}</span>
                  ) : (
                    <button type="button" className={LINK} onClick={() => onOpenSubject(kind, id)}>
                      {name}
                    </button>
                  )}
                  {subject.status ? <StatusBadge status={subject.status} label={messages.status[subject.status]} /> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {claim.relations.length + claim.relatedBy.length > 0 ? (
        <section aria-labelledby="claim-relations">
          <h3 id="claim-relations" className="text-sm font-semibold">{messages.relationsHeading}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            <RelationList relations={claim.relations} label={(kind) => messages.relation[kind]} onOpenClaim={onOpenClaim} lang={lang} messages={messages} />
            <RelationList relations={claim.relatedBy} label={(kind) => messages.relatedBy[kind]} onOpenClaim={onOpenClaim} lang={lang} messages={messages} />
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** A claim's panel: the claim with every source unfolded, what it is about, and the claims it relates to. */
export function ClaimPanel({ id, initialClaim, lang, messages, onOpenClaim, onOpenSubject, onClose }: ClaimPanelProps) {
  const { data, error, isValidating, mutate } = useSWR(`/api/v1/claims/${encodeURIComponent(id)}`, fetchClaim, {
    fallbackData: initialClaim?.id === id ? initialClaim : undefined,
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  return (
    <DetailsPanel
      title={data ? messages.claimBy(data.claimants.map((actor) => actor.names[lang]).join(', ')) : null}
      itemKey={id}
      label={messages.claimPanelLabel}
      closeLabel={messages.closeClaim}
      onClose={onClose}
    >
      {data ? (
        <ClaimBody claim={data} lang={lang} messages={messages} onOpenClaim={onOpenClaim} onOpenSubject={onOpenSubject} />
      ) : error ? (
        <LoadError text={messages.loadFailed} retryLabel={messages.retry} retrying={isValidating} onRetry={() => void mutate()} />
      ) : (
        <div aria-busy="true" className="mt-3 h-24 animate-pulse rounded bg-stone-100 dark:bg-stone-800" />
      )}
    </DetailsPanel>
  );
}
