import { describe, expect, it } from 'vitest';
import { parseQuery, readQuery } from '@/lib/api/query-params';
import { AsOfQuerySchema, ClaimsQuerySchema, NoQuerySchema } from '@/lib/api/query-schemas';
import { encodeCursor } from '@/lib/api/claim-cursor';

const parse = (query: string) => parseQuery(new URLSearchParams(query), ClaimsQuerySchema);
const reasonsFor = (query: string) => {
  const result = parse(query);
  if (result.ok) throw new Error(`expected "${query}" to be rejected`);
  return result.params;
};
const reasonOf = (query: string, name: string) => reasonsFor(query).find((param) => param.name === name)?.reason;

describe('readQuery', () => {
  it('keeps the allowed parameters, one value each', () => {
    expect(readQuery(new URLSearchParams('a=1&b=two'), ['a', 'b', 'c'])).toEqual({ values: { a: '1', b: 'two' }, errors: [] });
  });

  it('rejects an unknown parameter and names what the route takes', () => {
    const { errors } = readQuery(new URLSearchParams('stnace=denies'), ['stance', 'q']);
    expect(errors).toEqual([{ name: 'stnace', reason: 'unknown parameter: this route takes stance, q' }]);
  });

  it('rejects a repeated parameter, even with equal values', () => {
    const { errors, values } = readQuery(new URLSearchParams('q=a&q=a'), ['q']);
    expect(errors).toEqual([{ name: 'q', reason: 'given 2 times: give it once' }]);
    expect(values).toEqual({});
  });

  it('says so when a route takes no parameters', () => {
    expect(readQuery(new URLSearchParams('x=1'), []).errors[0]?.reason).toBe('unknown parameter: this route takes no parameters');
  });
});

describe('parseQuery with the claims schema', () => {
  it('accepts every filter at once and converts limit and cursor', () => {
    const cursor = encodeCursor({ day: '2024-10-18', precision: 'day', id: 'claim-2024-10-18-x' });
    const result = parse(
      `claimant=kor-nis&party=kor&stance=asserts&subject=deployment-x&status=unreported&region=RU-KRS&from=2024-10-01&to=2024-10-31&asOf=2024-10-31&q=Kursk&limit=200&cursor=${cursor}`,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        claimant: 'kor-nis',
        party: 'kor',
        stance: 'asserts',
        subject: 'deployment-x',
        status: 'unreported',
        region: 'RU-KRS',
        from: '2024-10-01',
        to: '2024-10-31',
        asOf: '2024-10-31',
        q: 'Kursk',
        limit: 200,
        cursor: { day: '2024-10-18', precision: 'day', id: 'claim-2024-10-18-x' },
      },
    });
  });

  it('accepts an empty query', () => {
    expect(parse('')).toEqual({ ok: true, value: {} });
  });

  it('rejects a limit above the maximum, zero, negative, fractional or not a number', () => {
    expect(reasonOf('limit=201', 'limit')).toBe('must be at most 200');
    expect(reasonOf('limit=0', 'limit')).toBe('must be a whole number from 1 to 200');
    expect(reasonOf('limit=-1', 'limit')).toBe('must be a whole number from 1 to 200');
    expect(reasonOf('limit=2.5', 'limit')).toBe('must be a whole number from 1 to 200');
    expect(reasonOf('limit=ten', 'limit')).toBe('must be a whole number from 1 to 200');
    expect(reasonOf('limit=99999999999999999999', 'limit')).toBe('must be a whole number from 1 to 200');
  });

  it('rejects dates that are not real calendar days', () => {
    for (const name of ['from', 'to', 'asOf']) {
      expect(reasonOf(`${name}=2024-02-30`, name)).toBe('must be a real calendar day written YYYY-MM-DD');
      expect(reasonOf(`${name}=2023-02-29`, name)).toBe('must be a real calendar day written YYYY-MM-DD');
      expect(reasonOf(`${name}=2024-10`, name)).toBe('must be a real calendar day written YYYY-MM-DD');
      expect(reasonOf(`${name}=31.10.2024`, name)).toBe('must be a real calendar day written YYYY-MM-DD');
    }
    expect(parse('asOf=2024-02-29').ok).toBe(true);
  });

  it('rejects a stance or status outside the model, listing the valid ones', () => {
    expect(reasonOf('stance=claims', 'stance')).toBe('must be one of asserts, denies, confirms, disputes, retracts, comments');
    expect(reasonOf('status=true', 'status')).toBe(
      'must be one of confirmed, retracted, contested, corroborated, reported, unreported',
    );
  });

  it('rejects malformed ids', () => {
    expect(reasonOf('claimant=KOR', 'claimant')).toMatch(/kebab-case/);
    expect(reasonOf('party=kor nis', 'party')).toMatch(/kebab-case/);
    expect(reasonOf('subject=claim-2024-10-18-x', 'subject')).toMatch(/movement, deployment or event id/);
    expect(reasonOf('region=ru-krs', 'region')).toMatch(/ISO 3166/);
    expect(reasonOf('region=Russia', 'region')).toMatch(/ISO 3166/);
  });

  it('rejects an empty value and a q with nothing to search for or too long', () => {
    expect(reasonOf('stance=', 'stance')).toBeDefined();
    expect(reasonOf('q=', 'q')).toBe('must contain a letter or a digit');
    expect(reasonOf('q=%20-%20', 'q')).toBe('must contain a letter or a digit');
    expect(reasonOf(`q=${'a'.repeat(201)}`, 'q')).toBe('must be at most 200 characters');
  });

  it('rejects a cursor it did not write', () => {
    const reason = 'is not a cursor this API returned (pass nextCursor as it came)';
    expect(reasonOf('cursor=abc', 'cursor')).toBe(reason);
    expect(reasonOf('cursor=', 'cursor')).toBe(reason);
    expect(reasonOf(`cursor=${btoa('v2\n2024-10-18\nday\nclaim-x')}`, 'cursor')).toBe(reason);
  });

  it('reports every problem at once: unknown, repeated and invalid', () => {
    expect(reasonsFor('limit=500&foo=1&q=a&q=b&asOf=x')).toEqual([
      { name: 'foo', reason: expect.stringMatching(/^unknown parameter/) },
      { name: 'q', reason: 'given 2 times: give it once' },
      { name: 'asOf', reason: 'must be a real calendar day written YYYY-MM-DD' },
      { name: 'limit', reason: 'must be at most 200' },
    ]);
  });
});

describe('the other routes’ schemas', () => {
  it('asOf-only routes take asOf and nothing else', () => {
    expect(parseQuery(new URLSearchParams('asOf=2024-10-20'), AsOfQuerySchema)).toEqual({ ok: true, value: { asOf: '2024-10-20' } });
    expect(parseQuery(new URLSearchParams('limit=5'), AsOfQuerySchema)).toMatchObject({ ok: false, params: [{ name: 'limit' }] });
  });

  it('parameterless routes reject any parameter', () => {
    expect(parseQuery(new URLSearchParams(''), NoQuerySchema)).toEqual({ ok: true, value: {} });
    expect(parseQuery(new URLSearchParams('asOf=2024-10-20'), NoQuerySchema)).toMatchObject({ ok: false, params: [{ name: 'asOf' }] });
  });
});
