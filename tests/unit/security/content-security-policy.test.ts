import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basemapOrigin, contentSecurityPolicy, cspDirectives, type CspInput } from '@/lib/security/content-security-policy';

const context = { https: false, basemapOrigin: null, embedAncestors: ["'self'", 'https:'] };
const NONCE = 'AAECAwQFBgcICQoLDA0ODw==';

/** The policy as a map of directive name to sources, as a browser would read the header. */
function parsePolicy(header: string): Map<string, string[]> {
  return new Map(
    header.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('the policy of an HTML page', () => {
  const page: CspInput = { ...context, kind: 'page', nonce: NONCE };

  it('is written exactly so', () => {
    expect(contentSecurityPolicy(page)).toBe(
      "default-src 'self'; " +
        `script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'; ` +
        `style-src 'self' 'nonce-${NONCE}'; ` +
        "style-src-attr 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self'; " +
        "connect-src 'self'; " +
        "worker-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'none'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'",
    );
  });

  it('asks the browser to upgrade insecure requests only when served over https', () => {
    expect(parsePolicy(contentSecurityPolicy({ ...page, https: true })).get('upgrade-insecure-requests')).toEqual([]);
    expect(parsePolicy(contentSecurityPolicy(page)).has('upgrade-insecure-requests')).toBe(false);
  });

  it('lets the page connect to the remote basemap origin, and to no other', () => {
    const policy = parsePolicy(contentSecurityPolicy({ ...page, basemapOrigin: 'https://tiles.example' }));
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://tiles.example']);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });
});

describe('the policy of /embed', () => {
  it('differs from a page only in who may frame it', () => {
    const embed = cspDirectives({ ...context, kind: 'embed', nonce: NONCE });
    const page = cspDirectives({ ...context, kind: 'page', nonce: NONCE });
    const differing = embed.filter(([name, sources], i) => page[i]?.[0] !== name || page[i]?.[1].join(' ') !== sources.join(' '));
    expect(differing).toEqual([['frame-ancestors', ["'self'", 'https:']]]);
  });

  it('uses the embed origins it is given', () => {
    const policy = contentSecurityPolicy({ ...context, embedAncestors: ['https://news.example'], kind: 'embed', nonce: NONCE });
    expect(parsePolicy(policy).get('frame-ancestors')).toEqual(['https://news.example']);
  });
});

describe('the policy of the API and of files', () => {
  it.each(['api', 'asset'] as const)('lets a %s response load, run and be framed by nothing', (kind) => {
    expect(contentSecurityPolicy({ ...context, kind })).toBe(
      "default-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('keeps connect-src open to the remote basemap, which the map worker (a file, under its own policy) fetches', () => {
    const policy = parsePolicy(contentSecurityPolicy({ ...context, basemapOrigin: 'https://tiles.example', kind: 'asset' }));
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://tiles.example']);
  });
});

describe('any policy', () => {
  const inputs = fc.record({
    kind: fc.constantFrom('page', 'embed', 'api', 'asset'),
    https: fc.boolean(),
    basemap: fc.option(fc.webUrl(), { nil: null }),
    ancestors: fc.array(fc.webUrl(), { maxLength: 3 }),
  });

  it("never allows eval, never allows inline scripts, and allows inline style only in attributes", () => {
    fc.assert(
      fc.property(inputs, ({ kind, https, basemap, ancestors }) => {
        const base = { https, basemapOrigin: basemap && basemapOrigin(basemap), embedAncestors: ancestors };
        const input: CspInput = kind === 'page' || kind === 'embed' ? { ...base, kind, nonce: NONCE } : { ...base, kind };
        const policy = parsePolicy(contentSecurityPolicy(input));
        for (const [name, sources] of policy) {
          expect(sources).not.toContain("'unsafe-eval'");
          expect(sources).not.toContain("'wasm-unsafe-eval'");
          if (sources.includes("'unsafe-inline'")) expect(name).toBe('style-src-attr');
        }
        expect(policy.get('frame-ancestors')).toBeDefined();
        expect(policy.get(kind === 'page' || kind === 'embed' ? 'object-src' : 'default-src')).toEqual(["'none'"]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('basemapOrigin', () => {
  it('is the origin of an http(s) style URL', () => {
    expect(basemapOrigin('https://Tiles.Example:8443/styles/dark.json?key=1')).toBe('https://tiles.example:8443');
    expect(basemapOrigin('http://localhost:8080/style.json')).toBe('http://localhost:8080');
  });

  it.each([undefined, '', 'not a url', '/relative/style.json', 'javascript:alert(1)', 'data:application/json,{}', 'ftp://files.example/s.json'])(
    'is null for %j, so the policy stays self-only',
    (value) => {
      expect(basemapOrigin(value)).toBeNull();
    },
  );

  it('never lets any text put a directive or a space into the policy', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.webUrl().map((url) => `${url}; script-src *`)), (text) => {
        const origin = basemapOrigin(text);
        if (origin !== null) expect(origin).toMatch(/^https?:\/\/[^\s;,'"]+$/);
      }),
      { numRuns: 500 },
    );
  });
});
