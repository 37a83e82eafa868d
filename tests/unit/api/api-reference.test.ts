import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_CSV_COLUMNS } from '@/lib/api/claim-csv';
import { CACHE_CONTROL } from '@/lib/api/cache-policy';
import { ClaimsQuerySchema } from '@/lib/api/query-schemas';

const reference = readFileSync(path.join(process.cwd(), 'docs', 'api.md'), 'utf8');

/** The routes as the App Router serves them: every route.ts under app/api, `[id]` written `{id}`. */
function routes(dir = path.join(process.cwd(), 'app', 'api')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routes(full);
    if (entry.name !== 'route.ts' || dir.includes('[...')) return [];
    const route = path.relative(path.join(process.cwd(), 'app'), dir).split(path.sep).join('/');
    return [`/${route.replace(/\[(\w+)\]/g, '{$1}')}`];
  });
}

/** The text of one route's section, from its heading to the next. */
function sectionOf(route: string): string {
  const start = reference.indexOf(`## GET ${route}\n`);
  if (start === -1) throw new Error(`docs/api.md has no section for ${route}`);
  const end = reference.indexOf('\n## ', start + 1);
  return reference.slice(start, end === -1 ? undefined : end);
}

describe('docs/api.md, the API reference', () => {
  it('has a section for every route the app serves', () => {
    const served = routes();
    expect(served.length).toBeGreaterThanOrEqual(10);
    for (const route of served) expect(reference).toContain(`## GET ${route}\n`);
  });

  it('documents every parameter of the claims route', () => {
    const section = sectionOf('/api/v1/claims');
    for (const name of Object.keys(ClaimsQuerySchema.shape)) expect(section).toMatch(new RegExp(`^\\| [^|]*\`${name}\``, 'm'));
  });

  it('lists every CSV column, in order', () => {
    const documented = [...sectionOf('/api/v1/claims.csv').matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1]);
    expect(documented).toEqual(CLAIM_CSV_COLUMNS.map((column) => column.name));
  });

  it('states the Cache-Control values the API sends', () => {
    for (const value of Object.values(CACHE_CONTROL)) expect(reference).toContain(`\`${value}\``);
  });
});
