import type { Dataset } from '../data/dataset';
import { isKnownAsOf } from '../domain/partial-date';
import type { Figure } from '../domain/schemas';

/**
 * The newest strength estimate (a count of troops) of a movement or deployment known by a day, flattened for map
 * styling: losses (killed, wounded, casualties) and other counts are left to the full estimate list, so a circle's size
 * always means the force's strength.
 * `estimateMin`/`estimateMax` are the figure's value for a plain number, its range otherwise (`estimateMax: null`
 * for an open-ended "at least"). All null when no claim has estimated it yet.
 */
export interface LatestEstimate {
  estimateMin: number | null;
  estimateMax: number | null;
  /** What the figure counts (troops, casualties ...). */
  estimateCounts: Figure['counts'] | null;
  estimateQualifier: Figure['qualifier'];
  /** The claim the figure comes from, and its date as written (a day, or a month). */
  estimateClaim: string | null;
  estimateDate: string | null;
}

const NONE: LatestEstimate = {
  estimateMin: null,
  estimateMax: null,
  estimateCounts: null,
  estimateQualifier: null,
  estimateClaim: null,
  estimateDate: null,
};

/** The newest troop-count estimate of the subject among the claims known by `asOf` (the last such figure of the newest claim). */
export function latestEstimate(dataset: Dataset, subjectId: string, asOf: string): LatestEstimate {
  const known = (dataset.estimatesBySubject.get(subjectId) ?? []).filter(
    (estimate) => estimate.figure.counts === 'troops' && isKnownAsOf(estimate.date, asOf),
  );
  const latest = known[known.length - 1];
  if (latest === undefined) return NONE;
  const { figure } = latest;
  return {
    estimateMin: figure.value ?? figure.min ?? null,
    estimateMax: figure.value ?? figure.max ?? null,
    estimateCounts: figure.counts,
    estimateQualifier: figure.qualifier,
    estimateClaim: latest.claim,
    estimateDate: latest.date.value,
  };
}

/** Just the estimate properties of a record that carries them among others. */
export function estimateOf(record: LatestEstimate): LatestEstimate {
  const { estimateMin, estimateMax, estimateCounts, estimateQualifier, estimateClaim, estimateDate } = record;
  return { estimateMin, estimateMax, estimateCounts, estimateQualifier, estimateClaim, estimateDate };
}
