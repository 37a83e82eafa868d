import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startPolicyFreeProxy, type PolicyFreeProxy } from '../../../scripts/bench/policy-free-proxy';
import type { LighthouseEntry } from '../../../scripts/bench/results';
import { verdicts } from '../../../scripts/bench/targets';
import { benchResults } from './fixtures';

/** A GET through Node's http client, which (unlike fetch) leaves the body as sent, compressed or not. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('latin1');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the proxy Lighthouse scores the bare page through', () => {
  let upstream: Server | null = null;
  let proxy: PolicyFreeProxy | null = null;
  afterEach(async () => {
    await proxy?.stop();
    await new Promise((resolve) => (upstream ? upstream.close(resolve) : resolve(null)));
  });

  it("passes requests and answers on as they are, without the Content-Security-Policy", async () => {
    const seen: { path: string; encoding: string | undefined }[] = [];
    upstream = createServer((incoming, outgoing) => {
      seen.push({ path: incoming.url ?? '', encoding: incoming.headers['accept-encoding'] });
      const status = incoming.url === '/missing' ? 404 : 200;
      outgoing.writeHead(status, {
        'Content-Security-Policy': "default-src 'self'; script-src 'nonce-abc' 'strict-dynamic'",
        'Content-Encoding': 'gzip',
        'Cache-Control': 'public, max-age=0',
        'Content-Type': 'text/html',
      });
      outgoing.end(`body of ${incoming.url}`);
    });
    await new Promise<void>((resolve) => upstream?.listen(0, '127.0.0.1', resolve));
    proxy = await startPolicyFreeProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);

    const page = await get(`${proxy.origin}/__bench__/index.html?src=/api/v1/movements&bounds=1,2,3,4`, { 'Accept-Encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.body).toBe('body of /__bench__/index.html?src=/api/v1/movements&bounds=1,2,3,4');
    expect(page.headers['content-security-policy']).toBeUndefined();
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('public, max-age=0');
    expect(seen[0]).toEqual({ path: '/__bench__/index.html?src=/api/v1/movements&bounds=1,2,3,4', encoding: 'gzip' });
    expect((await get(`${proxy.origin}/missing`)).status).toBe(404);
  });
});

function entry(target: string, preset: 'mobile' | 'desktop', performance: number, bare?: string): LighthouseEntry {
  const run = {
    performance,
    accessibility: 100,
    bestPractices: 100,
    metrics: { fcpMs: 1000, lcpMs: 2000, tbtMs: 3000, cls: 0, speedIndexMs: 3000 },
  };
  return { target, preset, ...(bare === undefined ? {} : { bare }), runs: [run], failures: [], median: run };
}

describe('the Lighthouse verdicts', () => {
  it("name the bare page's score beside each route's", () => {
    const results = benchResults(['idle', 'js', 'api', 'scale'], {
      lighthouse: [entry('/', 'mobile', 66, 'bare'), entry('bare', 'mobile', 72), entry('/', 'desktop', 71, 'bare')],
    });
    const lines = verdicts(results).filter((line) => line.area === 'lighthouse' && line.measure.startsWith('/ '));
    expect(lines.map(({ measure, figure, verdict }) => ({ measure, figure, verdict }))).toEqual([
      { measure: '/ mobile: performance (a11y 100, best practices 100; bare page 72)', figure: '66', verdict: 'MISS' },
      // No desktop run of the bare page: nothing to name.
      { measure: '/ desktop: performance (a11y 100, best practices 100)', figure: '71', verdict: 'MISS' },
    ]);
  });
});
