import { NOUNS, type DatasetRecords, type Noun } from '../domain/data-file';
import type { Actor, Claim, Deployment, Event, Movement, Place, Source } from '../domain/schemas';
import { estimatesOf, type Estimate } from '../domain/estimates';
import { compareClaims } from '../domain/stances';

/** A validated dataset indexed for lookups: records by id, claims by subject, estimates by subject. */
export interface Dataset {
  actors: ReadonlyMap<string, Actor>;
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
  /** Oldest first (month-dated claims counted from their last day). */
  claims: ReadonlyMap<string, Claim>;
  movements: ReadonlyMap<string, Movement>;
  deployments: ReadonlyMap<string, Deployment>;
  events: ReadonlyMap<string, Event>;
  /** The claims about each movement, deployment and event, oldest first. */
  claimsBySubject: ReadonlyMap<string, Claim[]>;
  /** The strength and loss estimates of each movement and deployment, oldest first. */
  estimatesBySubject: ReadonlyMap<string, Estimate[]>;
}

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record) => [record.id, record]));

/** Indexes validated records. Pure; expects records that passed validation (every reference resolves). */
export function indexDataset(records: DatasetRecords): Dataset {
  const claims = [...records.claims].sort(compareClaims);
  const actors = byId(records.actors);
  const claimsBySubject = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const subject of claim.subjects) {
      if (subject.kind === 'topic') continue;
      claimsBySubject.set(subject.id, [...(claimsBySubject.get(subject.id) ?? []), claim]);
    }
  }
  const estimatesBySubject = new Map(
    [...records.movements, ...records.deployments].map((subject) => [subject.id, estimatesOf(subject.id, claims, actors)]),
  );
  return {
    actors,
    places: byId(records.places),
    sources: byId(records.sources),
    claims: byId(claims),
    movements: byId(records.movements),
    deployments: byId(records.deployments),
    events: byId(records.events),
    claimsBySubject,
    estimatesBySubject,
  };
}

/** Counts of records by noun, for summaries. */
export function countRecords(records: DatasetRecords): Record<Noun, number> {
  return Object.fromEntries(NOUNS.map((noun) => [noun, records[noun].length])) as Record<Noun, number>;
}
