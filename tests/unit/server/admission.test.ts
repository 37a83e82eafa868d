import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createAdmission, isStaticPath } from '../../../scripts/server/admission.mjs';

/** A response as the gate sees it: it closes when finished or when the client leaves, and can answer 503. */
class FakeResponse extends EventEmitter {
  status: number | null = null;
  headers: Record<string, string> = {};
  body = '';
  writeHead(status: number, headers: Record<string, string>) {
    this.status = status;
    this.headers = headers;
    return this;
  }
  end(body = '') {
    this.body += body;
    this.emit('close');
    return this;
  }
  asResponse() {
    return this as unknown as ServerResponse;
  }
}

function requests(count: number) {
  return Array.from({ length: count }, () => new FakeResponse());
}

describe('admission control', () => {
  it('handles at most `limit` requests at once and starts the others in arrival order as earlier ones finish', () => {
    const gate = createAdmission({ limit: 2, maxQueue: 10 });
    const started: number[] = [];
    const responses = requests(5);
    responses.forEach((response, index) => gate.admit(response.asResponse(), () => started.push(index)));
    expect(started).toEqual([0, 1]);
    expect(gate.stats()).toEqual({ active: 2, waiting: 3 });
    responses[1]?.end();
    expect(started).toEqual([0, 1, 2]);
    responses[0]?.end();
    responses[2]?.end();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(gate.stats()).toEqual({ active: 2, waiting: 0 });
  });

  it('drops a waiting request whose client leaves, and frees the place of an aborted one', () => {
    const gate = createAdmission({ limit: 1, maxQueue: 10 });
    const started: number[] = [];
    const [first, leaves, third] = requests(3);
    for (const [index, response] of [first, leaves, third].entries()) gate.admit(response!.asResponse(), () => started.push(index));
    leaves?.emit('close');
    expect(gate.stats()).toEqual({ active: 1, waiting: 1 });
    first?.emit('close');
    expect(started).toEqual([0, 2]);
  });

  it('a later arrival never overtakes a waiting one', () => {
    const gate = createAdmission({ limit: 1, maxQueue: 10 });
    const started: string[] = [];
    const [a, b] = requests(2);
    gate.admit(a!.asResponse(), () => started.push('a'));
    gate.admit(b!.asResponse(), () => started.push('b'));
    a?.end();
    const c = new FakeResponse();
    gate.admit(c.asResponse(), () => started.push('c'));
    expect(started).toEqual(['a', 'b']);
    b?.end();
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('answers 503 with Retry-After, uncached, when the line is full, and does not handle the request', () => {
    const gate = createAdmission({ limit: 1, maxQueue: 1, retryAfterSeconds: 7 });
    const started: number[] = [];
    const responses = requests(3);
    responses.forEach((response, index) => gate.admit(response.asResponse(), () => started.push(index)));
    expect(started).toEqual([0]);
    expect(responses[2]?.status).toBe(503);
    expect(responses[2]?.headers).toMatchObject({ 'Retry-After': '7', 'Cache-Control': 'no-store' });
    expect(responses[2]?.body).toMatch(/busy/);
    expect(gate.stats()).toEqual({ active: 1, waiting: 1 });
  });

  it('refuses a limit below one or a negative line', () => {
    expect(() => createAdmission({ limit: 0, maxQueue: 1 })).toThrow(/limit/);
    expect(() => createAdmission({ limit: 1.5, maxQueue: 1 })).toThrow(/limit/);
    expect(() => createAdmission({ limit: 1, maxQueue: -1 })).toThrow(/maxQueue/);
  });
});

describe('what skips the line', () => {
  it.each(['/_next/static/chunks/app.js', '/fonts/noto-sans-latin-400-normal.woff2', '/basemap/countries.geojson', '/icon.svg'])(
    '%s is a file: served at once',
    (pathname) => expect(isStaticPath(pathname)).toBe(true),
  );
  it.each(['/', '/embed', '/api/v1/claims', '/api/v1/regions/RU-KRS', '/api/v1/actors.geojson', '/api/v1/claims.csv', '/api/oembed'])(
    '%s is rendered or computed: waits its turn',
    (pathname) => expect(isStaticPath(pathname)).toBe(false),
  );
});
