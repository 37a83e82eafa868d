import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { defer } from './cleanup';

/** A child process's exit, awaited with a deadline. */
export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Stops a child started with `detached: true` (its own process group): SIGTERM, then SIGKILL after a grace period. */
export async function stopGroup(child: ChildProcess, graceMs = 5000, first: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // The group is already gone.
    }
  };
  signal(first);
  if ((await waitForExit(child, graceMs)) === null && child.exitCode === null && child.signalCode === null) {
    signal('SIGKILL');
    await waitForExit(child, graceMs);
  }
}

/** What a finished command printed and how it ended. */
export interface CommandResult {
  code: number | null;
  stdout: string;
  timedOut: boolean;
}

/**
 * Runs a command to completion in its own process group, killed at the deadline. stdout is collected; stdout and
 * stderr both go to `logFile` when given (so a failure can show its tail).
 */
export async function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number; logFile?: string; onTimeout?: NodeJS.Signals },
): Promise<CommandResult> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const release = defer(`${command} ${args.join(' ')}`, () => stopGroup(child));
  const log = options.logFile ? createWriteStream(options.logFile) : null;
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    log?.write(chunk);
  });
  child.stderr?.on('data', (chunk: Buffer) => log?.write(chunk));
  const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stopGroup(child, 5000, options.onTimeout ?? 'SIGTERM');
  }, options.timeoutMs);
  try {
    const code = await Promise.race([waitForExit(child, options.timeoutMs + 20_000), spawnError]);
    return { code, stdout: Buffer.concat(chunks).toString('utf8'), timedOut };
  } finally {
    clearTimeout(timer);
    await release();
    await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));
  }
}

/** The last `lines` lines of a log file, for error messages. */
export async function tail(file: string, lines = 30): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-lines).join('\n');
}
