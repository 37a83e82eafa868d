import fc from 'fast-check';

/** Values no parameter should ever choke on, each a known way inputs go wrong. */
export const NASTY_VALUES = [
  '',
  ' ',
  '-1',
  '0',
  '-0',
  '1e3',
  '0x10',
  '201',
  '99999999999999999999999',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '0000-00-00',
  '9999-12-31',
  '+002024-01-01',
  '2024-1-1',
  ' 2024-01-01',
  '2024-01-01T00:00:00Z',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '....//....//etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "' OR '1'='1",
  '=cmd|\' /C calc\'!A0',
  '\u202eRTL\u202c',
  '\ud800',
  'a\udc00b',
  '\ufeff',
  '𝕳𝖊𝖑𝖑𝖔',
  'Ⅻ',
  'ＲＵ－ＫＲＳ',
  'ru-krs',
] as const;

/** Strings of every shape: nasty values, any code points, lone surrogates, very long, plausible-looking days. */
export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_VALUES) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1000, maxLength: 12000 }) },
    { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udfff').chain((half) => fc.string().map((text) => `${text}${half}${text}`)) },
    { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    },
  );
}

/** A parameter's values as a query gives them: usually one, sometimes repeated. */
export function hostileValues(valid: readonly string[] = []): fc.Arbitrary<string[]> {
  const one = valid.length > 0 ? fc.oneof(hostileString(), fc.constantFrom(...valid)) : hostileString();
  return fc.oneof({ weight: 4, arbitrary: one.map((value) => [value]) }, { weight: 1, arbitrary: fc.array(one, { minLength: 2, maxLength: 4 }) });
}

/** Runs per property: the issue asks for at least 200 per parameter. */
export const RUNS_PER_PARAMETER = 200;
