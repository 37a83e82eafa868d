import type { Region } from '../basemap/region-schema';
import type { Dataset } from '../data/dataset';
import { knownBy } from '../domain/partial-date';
import type { Claim, Relation } from '../domain/schemas';
import { claimRegionScope } from './region-scope';
import { claimSearchText } from './claim-text';
import { buildClaimIndex, type ClaimIndex } from './claim-index';
import { ResponseCache } from './response-cache';

/** Everything the API answers from: the indexed dataset, the region index, and per-claim lookups computed once. */
export interface ApiContext {
  dataset: Dataset;
  /** The region index (public/basemap/regions.json) by id. */
  regions: ReadonlyMap<string, Region>;
  /** Every claim, oldest first. */
  claims: readonly Claim[];
  /** The day the newest claim counts from: the default `asOf`. */
  latestDay: string;
  /** Each claim's folded search text (summaries, quote, place names). */
  searchText: ReadonlyMap<string, string>;
  /** The regions each claim concerns, with the countries of its provinces. */
  regionScope: ReadonlyMap<string, ReadonlySet<string>>;
  /** The relations other claims hold to each claim (`claim` names the other claim), oldest first. */
  relatedBy: ReadonlyMap<string, readonly Relation[]>;
  /** The claims indexed for the filters (lib/api/claim-index.ts). */
  index: ClaimIndex;
  /** Successful API bodies by normalised query (the dataset never changes while the server runs); bounded LRU. */
  responses: ResponseCache;
}

function incomingRelations(claims: readonly Claim[]): Map<string, Relation[]> {
  const incoming = new Map<string, Relation[]>();
  for (const claim of claims) {
    for (const relation of claim.relations) {
      incoming.set(relation.claim, [...(incoming.get(relation.claim) ?? []), { kind: relation.kind, claim: claim.id }]);
    }
  }
  return incoming;
}

/** Builds the API's context once per dataset; `today` is the fallback `asOf` of a dataset without claims. */
export function createApiContext(dataset: Dataset, regions: ReadonlyMap<string, Region>, today: string): ApiContext {
  const claims = [...dataset.claims.values()];
  const newest = claims[claims.length - 1];
  const searchText = new Map(claims.map((claim) => [claim.id, claimSearchText(claim, dataset)]));
  const regionScope = new Map(claims.map((claim) => [claim.id, claimRegionScope(claim, dataset, regions)]));
  return {
    dataset,
    regions,
    claims,
    latestDay: newest ? (knownBy(newest.date) ?? today) : today,
    searchText,
    regionScope,
    relatedBy: incomingRelations(claims),
    index: buildClaimIndex(claims, dataset, searchText, regionScope),
    responses: new ResponseCache(),
  };
}
