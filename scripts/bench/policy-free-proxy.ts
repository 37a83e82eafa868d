import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defer } from './cleanup';

/** A loopback proxy in front of the app's server (see {@link startPolicyFreeProxy}). */
export interface PolicyFreeProxy {
  origin: string;
  stop(): Promise<void>;
}

/** The response headers the proxy passes on: all of them but the Content-Security-Policy. */
export function withoutPolicy(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const kept: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'content-security-policy') kept[name] = value;
  }
  return kept;
}

/**
 * Forwards every request to `target` (the app's server) as it came, and every answer back as it came (compression,
 * caching headers, status), without its Content-Security-Policy. Only Lighthouse's runs of the bare page go through
 * it: the app's policy covers files under public/ and would block the bare page's plain scripts, and Lighthouse,
 * unlike Playwright, cannot bypass a policy. The app's own pages are scored straight from the app's server.
 */
export async function startPolicyFreeProxy(target: string): Promise<PolicyFreeProxy> {
  const upstream = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const forwarded = request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: upstream.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, withoutPolicy(answer.headers));
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', (error) => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(`bench proxy: ${error.message}`);
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const stop = defer('the bench proxy', () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { origin: `http://127.0.0.1:${port}`, stop };
}
