// `npm run load`: sustained load on the built app (run `npm run build` first; this builds nothing).
// Starts the production server (scripts/server/serve.mjs, what `npm start` runs) on a free loopback port, holds
// LOAD_CONNECTIONS connections (default 200) for LOAD_DURATION seconds (default 60) on each route in turn (`/`,
// `/api/v1/claims`, `/embed`), twice, each request saying it accepts gzip as browsers do, and prints per route
// requests/s, p50 and p99 latency, errors, timeouts and non-2xx answers, the kernel's TCP resends and full receive
// windows, and the server's resident memory (VmRSS of its process tree, from /proc) after each run. It passes
// (exit 0) when no request failed and the memory after the second run is within 10% of the memory after the first.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { wholeNumberSetting } from './server/settings.mjs';

const HOST = '127.0.0.1';
const ROUTES = ['/', '/api/v1/claims', '/embed'];
const MEMORY_TOLERANCE = 0.1;
/** A request unanswered for this long counts as an error (autocannon's default). */
const REQUEST_TIMEOUT_S = 10;

const connections = wholeNumberSetting('LOAD_CONNECTIONS', 200, 1, 1000);
const duration = wholeNumberSetting('LOAD_DURATION', 60, 1, 600);

/** A port nobody listens on now, on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The pid and every descendant of it, from /proc (Linux). */
function processTree(root) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift();
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** CPU time the server and its children have used so far, in clock ticks (utime + stime from /proc/<pid>/stat). */
function serverCpuTicks(pid) {
  let ticks = 0;
  for (const member of processTree(pid)) {
    try {
      const stat = readFileSync(`/proc/${member}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks;
}

/**
 * Waits until the server has finished the work a run left it (requests the load tool gave up on are still being
 * rendered): two consecutive half-seconds using under 5% of a core. Gives up after 180 s and says so.
 */
async function waitForIdleServer(pid) {
  const deadline = Date.now() + 180_000;
  let quiet = 0;
  let before = serverCpuTicks(pid);
  while (Date.now() < deadline && quiet < 2) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = serverCpuTicks(pid);
    quiet = now - before <= 2.5 ? quiet + 1 : 0;
    before = now;
  }
  if (quiet < 2) console.log('note: the server was still busy 180 s after the run');
}

/** Resident memory of the server and its children, in MiB (VmRSS from /proc/<pid>/status). */
function serverRssMiB(pid) {
  let kib = 0;
  for (const member of processTree(pid)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      kib += match ? Number(match[1]) : 0;
    } catch {
      // The process ended while we looked.
    }
  }
  return kib / 1024;
}

async function waitUntilServing(base, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      await fetch(`${base}/api/v1/actors`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error('the server did not answer within 60 s');
}

/** Headers every request carries: what a browser sends about encodings (the server then compresses, as in use). */
const REQUEST_HEADERS = { 'accept-encoding': 'gzip, deflate' };

function load(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, timeout: REQUEST_TIMEOUT_S, headers: REQUEST_HEADERS }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/**
 * The kernel's TCP counters (Linux; null elsewhere): segments sent again, and times a receiver's window was full.
 * On one machine the load tool shares the cores with the server; when it cannot read its sockets fast enough, their
 * windows fill, the server's sends stall, and the tool times out requests the server had answered. These counters,
 * printed per route, tell that case apart from a slow server.
 */
function tcpCounters() {
  try {
    const read = (file, prefix) => {
      const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.startsWith(`${prefix}:`));
      const [names, values] = lines.map((line) => line.split(/\s+/).slice(1));
      return Object.fromEntries((names ?? []).map((name, index) => [name, Number(values?.[index])]));
    };
    const ext = read('/proc/net/netstat', 'TcpExt');
    const tcp = read('/proc/net/snmp', 'Tcp');
    return { retransmitted: tcp.RetransSegs ?? 0, zeroWindow: ext.TCPToZeroWindowAdv ?? 0 };
  } catch {
    return null;
  }
}

function tcpDelta(before, after) {
  if (before === null || after === null) return '';
  return `  tcp: ${after.retransmitted - before.retransmitted} resent, ${after.zeroWindow - before.zeroWindow} full windows`;
}

/** Prints one route's figures; returns its failed requests (autocannon counts timeouts among its errors). */
function report(route, result, tcp) {
  console.log(
    [
      route.padEnd(16),
      `${result.requests.average.toFixed(1).padStart(7)} req/s`,
      `p50 ${String(result.latency.p50).padStart(6)} ms`,
      `p99 ${String(result.latency.p99).padStart(6)} ms`,
      `${String(result.requests.total).padStart(6)} answered`,
      `errors ${result.errors} (timeouts ${result.timeouts})`,
      `non-2xx ${result.non2xx}`,
    ].join('  ') + tcp,
  );
  return result.errors;
}

async function main() {
  if (!existsSync(path.join('.next', 'BUILD_ID'))) {
    console.error('No production build in .next/: run `npm run build` first.');
    return 2;
  }
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const server = spawn(process.execPath, [path.join('scripts', 'server', 'serve.mjs')], {
    env: { ...process.env, PORT: String(port), HOSTNAME: HOST },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    await waitUntilServing(base, server);
    const routes = [];
    for (const route of ROUTES) {
      const { status } = await fetch(`${base}${route}`);
      if (status === 404) console.log(`note: ${route} answers 404 (the route does not exist yet): skipped.`);
      else routes.push(route);
    }
    console.log(`load: ${connections} connections, ${duration} s per route, on ${base} (server pid ${server.pid})`);
    console.log(`server RSS before load: ${serverRssMiB(server.pid).toFixed(1)} MiB`);
    let failures = 0;
    const rss = [];
    for (const run of [1, 2]) {
      console.log(`\nrun ${run}`);
      for (const route of routes) {
        const before = tcpCounters();
        const result = await load(`${base}${route}`);
        failures += report(route, result, tcpDelta(before, tcpCounters()));
        await waitForIdleServer(server.pid);
      }
      rss.push(serverRssMiB(server.pid));
      console.log(`server RSS after run ${run}: ${rss[run - 1].toFixed(1)} MiB`);
    }
    const [first, second] = rss;
    const growth = (second - first) / first;
    const memoryOk = Math.abs(growth) <= MEMORY_TOLERANCE;
    console.log(`\nfailed requests (errors and timeouts): ${failures} (${failures === 0 ? 'ok: none' : 'FAILED: expected none'})`);
    console.log(
      `memory after run 2 vs run 1: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}% (${memoryOk ? 'ok' : 'FAILED'}: within ±${MEMORY_TOLERANCE * 100}%)`,
    );
    return failures === 0 && memoryOk ? 0 : 1;
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
