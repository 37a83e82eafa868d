// `npm start`: serves the production build (`npm run build` first) with Next's own request handler behind admission
// control (./admission.mjs): at most RENDER_CONCURRENCY requests are handled at once and the rest wait their turn in
// arrival order, so that under a crowd no request waits much longer than the others. Files (`/_next/static/`, `public/`)
// skip the line.
//
// Settings (environment): PORT (default 3000), HOSTNAME (default: every interface, IPv6 and IPv4),
// RENDER_CONCURRENCY (default 8), RENDER_QUEUE (how many may wait before the server answers 503 with Retry-After;
// default 1000). Everything else is Next's and the app's own configuration (README "Configuration").
//
// It also runs from a standalone build (`output: 'standalone'`): copied into `.next/standalone/`, it takes Next's
// configuration from `.next/required-server-files.json` as Next's generated server.js does (README "Deployment").
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { createAdmission, isStaticPath } from './admission.mjs';
import { wholeNumberSetting } from './settings.mjs';

const port = wholeNumberSetting('PORT', 3000, 0, 65535);
const hostname = process.env.HOSTNAME || undefined;
const limit = wholeNumberSetting('RENDER_CONCURRENCY', 8, 1, 1024);
const maxQueue = wholeNumberSetting('RENDER_QUEUE', 1000, 0, 1_000_000);

// The app's folder: the standalone folder this file was copied into, else the project root (from scripts/server/).
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = [here, path.resolve(here, '..', '..')].find((candidate) => existsSync(path.join(candidate, '.next', 'BUILD_ID')));
if (dir === undefined) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}
const standalone = !existsSync(path.join(dir, 'next.config.js'));
const conf = standalone
  ? JSON.parse(readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8')).config
  : undefined;
if (standalone) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);

const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port, conf });
const handle = app.getRequestHandler();
await app.prepare();

const admission = createAdmission({ limit, maxQueue });
const server = createServer((request, response) => {
  const serve = () =>
    Promise.resolve(handle(request, response)).catch((error) => {
      console.error(error);
      if (!response.headersSent) {
        response.statusCode = 500;
        response.end();
      } else {
        response.destroy();
      }
    });
  const pathname = (request.url ?? '/').split('?')[0] ?? '/';
  if (isStaticPath(pathname)) void serve();
  else admission.admit(response, () => void serve());
});

server.once('error', (error) => {
  console.error(`Cannot serve on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const address = server.address();
  const where =
    typeof address !== 'object' || address === null
      ? String(address)
      : hostname
        ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
        : `port ${address.port} on every interface (http://localhost:${address.port})`;
  console.log(`Claims Atlas on ${where}, ${limit} requests at once, up to ${maxQueue} waiting`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open: end them, and never wait longer than 10 s.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
