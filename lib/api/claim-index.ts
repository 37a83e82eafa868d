import type { Dataset } from '../data/dataset';
import { knownBy } from '../domain/partial-date';
import { partiesOf } from '../domain/parties';
import type { Claim } from '../domain/schemas';
import { newestFirst } from './claim-order';

/**
 * Indexes of the claims for the API's filters. Claims with a known date are held newest first (the API's order), each
 * at a position; every index maps a value to the ascending positions of the claims carrying it, so a filter walks the
 * smallest list instead of every claim, and its matches come out already in order. Built once per dataset.
 */
export interface ClaimIndex {
  /** Claims with a known date, newest first (claims of unknown date never count as of any day). */
  newest: readonly Claim[];
  /** The day each position's claim counts from (non-increasing). */
  days: readonly string[];
  /** Each position's claim's parties. */
  parties: readonly (readonly string[])[];
  /** Each position's folded search text. */
  searchText: readonly string[];
  /** Each position's region scope. */
  regionScope: readonly ReadonlySet<string>[];
  /** Positions by actor among the claimants (the actor itself, not its descendants). */
  byClaimant: ReadonlyMap<string, Uint32Array>;
  byParty: ReadonlyMap<string, Uint32Array>;
  byStance: ReadonlyMap<string, Uint32Array>;
  /** Positions by region of the claim's scope (a province's claims count for its country). */
  byRegion: ReadonlyMap<string, Uint32Array>;
  /** Positions by movement, deployment or event the claim is about. */
  bySubject: ReadonlyMap<string, Uint32Array>;
  /** Every movement, deployment and event id, for status lookups. */
  subjectIds: readonly string[];
  /** Each position's trigram signature: {@link SIGNATURE_WORDS} words from `position * SIGNATURE_WORDS` (see below). */
  signatures: Uint32Array;
}

/**
 * Text search (`q`) is a substring test on each claim's folded text, which no sorted index answers. Each claim gets
 * a 1,024-bit signature instead: one bit per hashed trigram (three UTF-16 code units) of its text. A claim whose
 * signature lacks a bit of one of the query's trigrams cannot contain the query, so only the others are tested with
 * `includes`: exact, since every real match passes the signature (128 bytes a claim; 12.8 MB at 100,000 claims).
 */
export const SIGNATURE_WORDS = 32;
const SIGNATURE_MASK = SIGNATURE_WORDS * 32 - 1;

function trigramBit(text: string, at: number): number {
  const hash = Math.imul(Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ text.charCodeAt(at + 1), 0x85ebca77) ^ text.charCodeAt(at + 2);
  return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 22 & SIGNATURE_MASK;
}

function sign(signatures: Uint32Array, position: number, text: string): void {
  const base = position * SIGNATURE_WORDS;
  for (let at = 0; at + 2 < text.length; at += 1) {
    const bit = trigramBit(text, at);
    signatures[base + (bit >>> 5)] = (signatures[base + (bit >>> 5)] as number) | (1 << (bit & 31));
  }
}

/** The signature bits a folded query needs (empty for a query under three code units: every claim may match). */
export function querySignature(folded: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_WORDS);
  sign(signature, 0, folded);
  return signature;
}

/** Whether the claim at `position` has every bit of the query's signature (else its text cannot hold the query). */
export function mayContain(index: ClaimIndex, position: number, query: Uint32Array, words: readonly number[]): boolean {
  const base = position * SIGNATURE_WORDS;
  for (const word of words) {
    const need = query[word] as number;
    // `&` yields a signed 32-bit integer; `>>> 0` reads it unsigned like the Uint32Array value it is compared with.
    if ((((index.signatures[base + word] as number) & need) >>> 0) !== need) return false;
  }
  return true;
}

const EMPTY = new Uint32Array(0);

function toArrays(lists: Map<string, number[]>): Map<string, Uint32Array> {
  return new Map([...lists].map(([key, positions]) => [key, Uint32Array.from(positions)]));
}

function push(lists: Map<string, number[]>, key: string, position: number): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

/** Builds the indexes; `searchText` and `regionScope` are the context's per-claim values. */
export function buildClaimIndex(
  claims: readonly Claim[],
  dataset: Dataset,
  searchText: ReadonlyMap<string, string>,
  regionScope: ReadonlyMap<string, ReadonlySet<string>>,
): ClaimIndex {
  const newest = claims.filter((claim) => knownBy(claim.date) !== null).sort(newestFirst);
  const byClaimant = new Map<string, number[]>();
  const byParty = new Map<string, number[]>();
  const byStance = new Map<string, number[]>();
  const byRegion = new Map<string, number[]>();
  const bySubject = new Map<string, number[]>();
  const parties = newest.map((claim) => partiesOf(claim.claimants, dataset.actors));
  newest.forEach((claim, position) => {
    for (const id of claim.claimants) push(byClaimant, id, position);
    for (const party of parties[position] ?? []) push(byParty, party, position);
    push(byStance, claim.stance, position);
    for (const region of regionScope.get(claim.id) ?? []) push(byRegion, region, position);
    for (const subject of claim.subjects) if (subject.kind !== 'topic') push(bySubject, subject.id, position);
  });
  const texts = newest.map((claim) => searchText.get(claim.id) ?? '');
  const signatures = new Uint32Array(newest.length * SIGNATURE_WORDS);
  texts.forEach((text, position) => sign(signatures, position, text));
  return {
    newest,
    signatures,
    days: newest.map((claim) => knownBy(claim.date) as string),
    parties,
    searchText: texts,
    regionScope: newest.map((claim) => regionScope.get(claim.id) ?? new Set<string>()),
    byClaimant: toArrays(byClaimant),
    byParty: toArrays(byParty),
    byStance: toArrays(byStance),
    byRegion: toArrays(byRegion),
    bySubject: toArrays(bySubject),
    subjectIds: [...dataset.movements.keys(), ...dataset.deployments.keys(), ...dataset.events.keys()],
  };
}

/** The positions in any of the lists, ascending and distinct. */
export function unionOf(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 0) return EMPTY;
  if (lists.length === 1) return lists[0] as Uint32Array;
  const all = new Uint32Array(lists.reduce((sum, list) => sum + list.length, 0));
  let offset = 0;
  for (const list of lists) {
    all.set(list, offset);
    offset += list.length;
  }
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i += 1) {
    if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i] as number;
  }
  return all.subarray(0, kept);
}

/** The first position whose day is `<= day` (days are non-increasing); the length when none is. */
export function firstAtOrBefore(days: readonly string[], day: string): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as string) <= day) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The first position whose day is `< day`; the length when none is. */
export function firstBefore(days: readonly string[], day: string): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as string) < day) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The first index of an ascending list holding a value `>= value`. */
export function lowerBound(list: Uint32Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
