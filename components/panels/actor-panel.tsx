'use client';

import useSWR from 'swr';
import type { ActorDetail } from '@/lib/api/actor-view';
import type { ClaimView } from '@/lib/api/claim-view';
import type { ActorHome } from '@/lib/api-client/actor-response';
import type { ActorChoice } from '@/lib/api-client/actor-list-response';
import { fetchActorDetail, fetchActorHomes, fetchClaimsPage } from '@/lib/api-client/fetchers';
import type { Lang } from '@/lib/basemap/region-schema';
import { actorStances, type SubjectStance } from '@/lib/claims/actor-stance';
import { formatPartialDate, summaryIn } from '@/lib/claims/claim-format';
import type { Messages } from '@/lib/i18n/messages';
import { ActorLink } from '../claims/actor-link';
import { ClaimSection } from '../claims/claim-section';
import { StanceBadge } from '../claims/stance-badge';
import { LoadError } from '../ui/load-error';
import { useActorList } from '../use-actor-list';
import { DetailsPanel } from './details-panel';

type ActorPanelProps = {
  id: string;
  /** The day to read its claims as of; null: the latest. */
  asOf: string | null;
  lang: Lang;
  messages: Messages;
  onOpenClaim: (id: string) => void;
  onOpenSubject: (kind: 'movement' | 'deployment', id: string) => void;
  onClose: () => void;
};

const LINK = 'inline-flex min-h-11 items-center text-left font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300';
const SWR_OPTIONS = { revalidateOnFocus: false } as const;

function StanceList({ stances, lang, messages, onOpenClaim, onOpenSubject }: { stances: SubjectStance[] } & Pick<ActorPanelProps, 'lang' | 'messages' | 'onOpenClaim' | 'onOpenSubject'>) {
  return (
    <ul className="mt-1 space-y-2 text-sm">
      {stances.map(({ key, subject, entries }) => {
        let name;
        if (subject.kind === 'topic') {
          const topic = summaryIn(subject.topic, lang);
          name = <span lang={topic.lang}>{topic.text}</span>;
        } else {
          const label = subject.names?.[lang] ?? subject.id;
          const { kind, id } = subject;
          name = kind === 'event' ? <span>{label}</span> : (
            <button type="button" className={LINK} onClick={() => onOpenSubject(kind, id)}>
              {label}
            </button>
          );
        }
        return (
          <li key={key} className="border-l-2 border-stone-300 pl-2 dark:border-stone-600">
            <div>{name}</div>
            <ul className="flex flex-wrap items-center gap-x-3">
              {entries.map((entry) => (
                <li key={entry.claim} className="flex items-center gap-1">
                  <StanceBadge stance={entry.stance} label={messages.stance[entry.stance]} />
                  <button type="button" className={LINK} onClick={() => onOpenClaim(entry.claim)}>
                    {formatPartialDate(entry.date, lang)}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

function Home({ actor, home, lang, messages }: { actor: ActorDetail; home: ActorHome | undefined; lang: Lang; messages: Messages }) {
  const dash = messages.dashboard;
  if (!home || !home.drawn || !home.placeNames) return <p className="text-sm text-stone-700 dark:text-stone-300">{dash.notOnMap}</p>;
  const others = home.actors.filter((other) => other.id !== actor.id);
  return (
    <section aria-labelledby="actor-home">
      <h3 id="actor-home" className="text-sm font-semibold">
        {others.length > 0 ? dash.alsoBasedIn(home.placeNames[lang]) : home.placeNames[lang]}
      </h3>
      {others.length > 0 ? (
        <ul className="flex flex-wrap gap-x-3 text-sm">
          {others.map((other) => (
            <li key={other.id}>
              <ActorLink actor={other} lang={lang} className="font-medium" />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ActorBody(props: {
  actor: ActorDetail;
  actors: ReadonlyMap<string, ActorChoice>;
  home: ActorHome | undefined;
  claims: readonly ClaimView[] | undefined;
} & Pick<ActorPanelProps, 'lang' | 'messages' | 'onOpenClaim' | 'onOpenSubject'>) {
  const { actor, actors, home, claims, lang, messages, onOpenClaim, onOpenSubject } = props;
  const dash = messages.dashboard;
  const chain = actor.ancestors.flatMap((id) => {
    const ancestor = actors.get(id);
    return ancestor ? [ancestor] : [];
  });
  return (
    <div className="mt-1 space-y-4">
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {dash.actorKind[actor.kind]}
        {actor.role ? ` · ${actor.role[lang]}` : ''}
      </p>
      {chain.length > 0 ? (
        <p className="flex flex-wrap items-center gap-x-2 text-sm">
          <span className="text-stone-700 dark:text-stone-300">{dash.partOf}:</span>
          {chain.map((ancestor, index) => (
            <span key={ancestor.id} className="flex items-center gap-2">
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              <ActorLink actor={ancestor} lang={lang} className="font-medium" />
            </span>
          ))}
        </p>
      ) : null}
      <Home actor={actor} home={home} lang={lang} messages={messages} />
      {claims ? (
        <>
          {claims.length > 0 ? (
            <section aria-labelledby="actor-stance">
              <h3 id="actor-stance" className="text-base font-semibold">{dash.actorStanceHeading}</h3>
              <StanceList stances={actorStances(claims)} lang={lang} messages={messages} onOpenClaim={onOpenClaim} onOpenSubject={onOpenSubject} />
            </section>
          ) : null}
          <ClaimSection
            id="actor-claims"
            heading={dash.actorClaimsHeading}
            claims={claims}
            empty={messages.noMatchingClaims}
            lang={lang}
            messages={messages}
            onOpenClaim={onOpenClaim}
          />
        </>
      ) : (
        <div aria-busy="true" className="h-24 animate-pulse rounded bg-stone-100 dark:bg-stone-800" />
      )}
    </div>
  );
}

/**
 * An actor's panel: its kind, the chain of bodies it belongs to, its seat and who else sits there, its stance on each
 * subject over time (derived from its claims and those of the actors under it) and those claims, newest first.
 */
export function ActorPanel({ id, asOf, lang, messages, onOpenClaim, onOpenSubject, onClose }: ActorPanelProps) {
  const detail = useSWR(`/api/v1/actors/${encodeURIComponent(id)}`, fetchActorDetail, SWR_OPTIONS);
  const list = useActorList();
  // Its own key: the map's item list reads the same URL into another shape.
  const homes = useSWR(['actor-homes', '/api/v1/actors.geojson'] as const, ([, url]) => fetchActorHomes(url), SWR_OPTIONS);
  const query = new URLSearchParams({ claimant: id, limit: '200', ...(asOf ? { asOf } : {}) });
  const claims = useSWR(detail.data ? `/api/v1/claims?${query.toString()}` : null, fetchClaimsPage, SWR_OPTIONS);
  const actors = new Map((list.actors ?? []).map((actor) => [actor.id, actor]));
  const failed = detail.error ?? claims.error;
  return (
    <DetailsPanel
      title={detail.data ? detail.data.names[lang] : null}
      itemKey={id}
      label={messages.dashboard.actorPanelLabel}
      closeLabel={messages.dashboard.closeActor}
      onClose={onClose}
    >
      {failed ? (
        <LoadError
          text={messages.loadFailed}
          retryLabel={messages.retry}
          retrying={detail.isValidating || claims.isValidating}
          onRetry={() => {
            void detail.mutate();
            void claims.mutate();
          }}
        />
      ) : detail.data ? (
        <ActorBody
          actor={detail.data}
          actors={actors}
          home={homes.data?.get(id)}
          claims={claims.data?.data}
          lang={lang}
          messages={messages}
          onOpenClaim={onOpenClaim}
          onOpenSubject={onOpenSubject}
        />
      ) : (
        <div aria-busy="true" className="mt-3 h-24 animate-pulse rounded bg-stone-100 dark:bg-stone-800" />
      )}
    </DetailsPanel>
  );
}
