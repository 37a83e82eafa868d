/**
 * Everything the bench starts or writes (servers, browsers, temp folders, the bare page under public/) registers
 * its undoing here, so it is undone on success, on failure and on Ctrl-C alike, newest first.
 */

type Undo = () => Promise<void> | void;

const pending: { name: string; undo: Undo }[] = [];

/** Registers an undo step; the returned function runs it now (once) and forgets it. */
export function defer(name: string, undo: Undo): () => Promise<void> {
  const entry = { name, undo };
  pending.push(entry);
  return async () => {
    const index = pending.indexOf(entry);
    if (index === -1) return;
    pending.splice(index, 1);
    await runStep(entry);
  };
}

async function runStep(entry: { name: string; undo: Undo }): Promise<void> {
  try {
    await entry.undo();
  } catch (error) {
    console.error(`bench: cleanup of ${entry.name} failed: ${String(error)}`);
  }
}

/** Runs every pending undo step, newest first. */
export async function cleanUpAll(): Promise<void> {
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) await runStep(entry);
}

/** On Ctrl-C or SIGTERM: clean up, then exit. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}: stopping what it started ...`);
      void cleanUpAll().finally(() => process.exit(130));
    });
  }
}
