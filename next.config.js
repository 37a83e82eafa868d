// @ts-check
const fs = require('node:fs');
const path = require('node:path');

/**
 * Security headers of the paths proxy.ts does not run on (see its matcher, and SECURITY.md): the API and the files
 * Next, the basemap build and the fonts serve. Their headers depend on no setting, so they are fixed here, and these
 * requests skip the proxy, which would otherwise halve the API's throughput under load. The values are those
 * lib/security builds for such responses (tests/unit/security/static-headers.test.ts holds them equal).
 */
const PATHS_WITHOUT_PROXY = ['/api/:path*', '/_next/:path*', '/basemap/:path*', '/fonts/:path*'];
const RESOURCE_HEADERS = [
  {
    key: 'Content-Security-Policy',
    value: "default-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
];
/** `next start` speaks plain http: https is the proxy in front saying so (the left-most value, when several). */
const FORWARDED_HTTPS = { type: /** @type {const} */ ('header'), key: 'x-forwarded-proto', value: 'https(?:\\s*,.*)?' };
const HSTS = [{ key: 'Strict-Transport-Security', value: 'max-age=31536000' }];

const IMMUTABLE = [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }];

/**
 * The basemap's files, asked for with their content version (`?v=`, lib/atlas/map-sources.ts), may be kept for good by
 * browsers and CDNs: the version changes with the content. Only the version `npm run basemap` wrote into
 * public/basemap/manifest.json beside the files counts (any other `v` gets Next's `max-age=0`), so nobody can pin old
 * content under a future version's URL. No manifest (a checkout before `npm run basemap`): no such rule.
 *
 * The Korean stylesheet's entry (`fonts/noto-sans-kr.css`, lib/fonts/korean-stylesheet.ts) has one version for the
 * stylesheet and every Noto Sans KR file it names, each asked for with it: so it covers /fonts/noto-sans-kr* asked with it.
 * @returns {{ source: string, has: { type: 'query', key: string, value: string }[], headers: { key: string, value: string }[] }[]}
 */
function immutableAssetRules() {
  /** @type {unknown} */
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(__dirname, 'public', 'basemap', 'manifest.json'), 'utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(manifest)) return [];
  return manifest.flatMap((entry) => {
    if (typeof entry?.file !== 'string' || !/^[0-9a-f]{16}$/.test(entry?.version)) return [];
    const has = [{ type: /** @type {const} */ ('query'), key: 'v', value: entry.version }];
    if (entry.file === 'fonts/noto-sans-kr.css') return [{ source: '/fonts/:file(noto-sans-kr[\\w.-]*)', has, headers: IMMUTABLE }];
    return /^basemap\/[\w.-]+$/.test(entry.file) ? [{ source: `/${entry.file}`, has, headers: IMMUTABLE }] : [];
  });
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `.next/standalone/` holds a server with only the files it needs, for container hosts (README "Deployment"): copy
  // `public/`, `.next/static/` and `scripts/server/*.mjs` beside it and run `node serve.mjs` there. `npm start` runs
  // the same server (scripts/server/serve.mjs) from the project root, on the same build.
  output: 'standalone',
  // The dataset is read at run time from DATA_DIR, default `data/` (lib/data/load.ts): tracing cannot see those reads,
  // so the default folder is copied into the standalone output explicitly.
  outputFileTracingIncludes: { '/**': ['./data/**/*.json'] },
  typescript: {
    // `npm test` type-checks the whole project (`tsc --noEmit`) before it builds for the end-to-end suite, which sets
    // this to skip Next's second, identical pass. A plain `npm run build` still type-checks.
    ignoreBuildErrors: process.env.CLAIMS_ATLAS_SKIP_BUILD_TYPECHECK === '1',
  },
  async headers() {
    return [
      ...PATHS_WITHOUT_PROXY.flatMap((source) => [
        { source, headers: RESOURCE_HEADERS },
        { source, has: [FORWARDED_HTTPS], headers: HSTS },
      ]),
      ...immutableAssetRules(),
    ];
  },
};

module.exports = nextConfig;
