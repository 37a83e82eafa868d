import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { defer } from './cleanup';
import { stopGroup } from './processes';

/** A running production server (scripts/server/serve.mjs) of the built app, on loopback. */
export interface NextServer {
  origin: string;
  pid: number;
  /** Resident memory of the server process and its children now, in bytes (null once it is gone). */
  rssBytes(): number | null;
  /** The last lines the server printed. */
  output(): string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, chosen by the OS (ephemeral, so never 3000/3100/3200/3300). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : null;
      server.close(() => (port === null ? reject(new Error('no free port')) : resolve(port)));
    });
  });
}

function vmRssKb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** VmRSS of a process and its descendants (a bounded walk), from /proc; null when the process is gone. */
export function treeRssBytes(pid: number): number | null {
  const own = vmRssKb(pid);
  if (own === null) return null;
  let total = own;
  const queue = childPids(pid);
  for (let visited = 0; queue.length > 0 && visited < 64; visited += 1) {
    const next = queue.shift() as number;
    total += vmRssKb(next) ?? 0;
    queue.push(...childPids(next));
  }
  return total * 1024;
}

/** Samples a server's RSS every `intervalMs` while a load runs; `stop()` gives the peak. */
export function sampleRss(server: NextServer, intervalMs = 100): { stop(): number | null } {
  let peak: number | null = server.rssBytes();
  const timer = setInterval(() => {
    const now = server.rssBytes();
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

async function waitUntilServing(origin: string, exited: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('the server exited before it served');
    try {
      await fetch(`${origin}/favicon.ico`, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`the server did not answer on ${origin} within ${timeoutMs / 1000} s`);
}

/**
 * Starts the production server on 127.0.0.1 from the project's build: `scripts/server/serve.mjs`, what `npm start`
 * runs (node runs it directly, so the pid sampled for memory is the server itself), and waits until it answers. `env`
 * adds variables such as DATA_DIR.
 */
export async function startNextServer(options: {
  root: string;
  port: number;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<NextServer> {
  const serve = path.join(options.root, 'scripts', 'server', 'serve.mjs');
  const child = spawn(process.execPath, [serve], {
    cwd: options.root,
    env: { ...process.env, ...options.env, PORT: String(options.port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const release = defer(`the server on port ${options.port}`, () => stopGroup(child));
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const pid = child.pid;
  if (pid === undefined) {
    await release();
    throw new Error('could not start the server');
  }
  const origin = `http://127.0.0.1:${options.port}`;
  const server: NextServer = {
    origin,
    pid,
    rssBytes: () => treeRssBytes(pid),
    output: () => lines.join('\n'),
    stop: release,
  };
  try {
    await waitUntilServing(origin, () => child.exitCode !== null || child.signalCode !== null, options.timeoutMs ?? 90_000);
  } catch (error) {
    await release();
    throw new Error(`${(error as Error).message}\n${server.output()}`);
  }
  return server;
}
