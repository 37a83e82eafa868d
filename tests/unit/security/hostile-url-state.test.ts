import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, type UrlParam } from '@/lib/url-state';
import { serializeUrlState } from '@/lib/url-state-query';
import { hostileString, hostileValues, RUNS_PER_PARAMETER } from './hostile-values';

/**
 * Property-based tests over every URL-state parameter (lib/url-state.ts, whatever it declares): a link may carry
 * anything, and the page's state still parses without a throw, a bad value falls back to its default with a
 * problem that names the parameter and never the value, and what the app writes back reads cleanly.
 */

const PARAMS = Object.keys(DEFAULT_URL_STATE) as UrlParam[];

/** Plausible values, so the properties also cover the values a parameter accepts (a Map: names may be `__proto__`). */
const VALID = new Map<string, string[]>(Object.entries({
  region: ['RU-KRS', 'UKR', 'KP-01'],
  movement: ['movement-2024-10-prk-sea-to-vladivostok'],
  deployment: ['deployment-prk-kursk-oblast'],
  claim: ['claim-2024-10-18-nis-first-contingent'],
  asOf: ['2024-10-31', '2025-02-28'],
  from: ['2024-10-01'],
  to: ['2024-12-31'],
  party: ['kor', 'rus'],
  claimant: ['kor-nis'],
  stance: ['denies', 'asserts'],
  status: ['contested', 'unreported'],
  q: ['Kursk', '쿠르스크', '  spaced  '],
  lang: ['en', 'ko', 'uk', 'ru'],
  theme: ['auto', 'light', 'dark'],
  center: ['36.19,51.73', '-180,85', '360,-85'],
  zoom: ['0', '6.5', '12'],
}));

function search(entries: readonly (readonly [string, string])[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of entries) params.append(name, value);
  return params;
}

describe('parseUrlState under hostile links', () => {
  it.each(PARAMS)('%s: any value, once or repeated, is used or falls back with a problem naming only the parameter', (param) => {
    fc.assert(
      fc.property(hostileValues(VALID.get(param)), fc.boolean(), (values, asRecord) => {
        const input = asRecord ? { [param]: values.length === 1 ? values[0] : values } : search(values.map((value) => [param, value]));
        const { state, problems } = parseUrlState(input);
        for (const other of PARAMS) if (other !== param) expect(state[other]).toEqual(DEFAULT_URL_STATE[other]);
        for (const problem of problems) expect(Object.keys(problem).sort()).toEqual(['param', 'reason']);
        if (values.length > 1) {
          expect(problems).toEqual([{ param, reason: 'repeated' }]);
          expect(state[param]).toEqual(DEFAULT_URL_STATE[param]);
        } else if (problems.length > 0) {
          expect(problems).toEqual([{ param, reason: 'malformed' }]);
          expect(state[param]).toEqual(DEFAULT_URL_STATE[param]);
        }
        if (values.some((value) => value.length > 1000)) expect(problems).toHaveLength(1);
      }),
      { numRuns: RUNS_PER_PARAMETER },
    );
  }, 60_000);

  it('reads any mix of parameters, unknown names and repeats; what it writes back reads without a problem', () => {
    const names = fc.oneof(fc.constantFrom(...PARAMS), hostileString());
    const entry = names.chain((name) => hostileValues(VALID.get(name)).map((values) => values.map((value) => [name, value] as const)));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        const { state } = parseUrlState(search(entries.flat()));
        const written = serializeUrlState(state);
        const reread = parseUrlState(new URLSearchParams(written));
        expect(reread.problems).toEqual([]);
        expect(serializeUrlState(reread.state)).toBe(written);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it("never trips over object keys Next's searchParams record may carry", () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const record: Record<string, string | string[] | undefined> = Object.create(null) as Record<string, string | string[] | undefined>;
      record[key] = '<script>';
      record.region = undefined;
      expect(parseUrlState(record)).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
    }
  });
});
