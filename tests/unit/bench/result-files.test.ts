import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resultFileNames, writeResults } from '../../../scripts/bench/report';
import { benchResults } from './fixtures';

const results = (skip: string[]) => benchResults(skip);

describe('bench result files', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('names the latest files and the summary for a full run, partial files for a run that skipped phases', () => {
    expect(resultFileNames([])).toEqual({ json: 'latest.json', markdown: 'latest.md', summary: 'summary.json' });
    expect(resultFileNames(['lighthouse', 'scale'])).toEqual({ json: 'partial.json', markdown: 'partial.md', summary: null });
  });

  it('leaves the last full run\'s files as they were when a partial run writes', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bench-results-'));
    await writeResults(dir, results([]), []);
    const fullMarkdown = await readFile(path.join(dir, 'latest.md'), 'utf8');
    const fullSummary = await readFile(path.join(dir, 'summary.json'), 'utf8');
    expect(fullMarkdown).toContain('a 97 s run');

    const written = await writeResults(dir, results(['js', 'api']), ['js', 'api']);
    expect(written.map((file) => path.basename(file))).toEqual(['partial.json', 'partial.md']);
    expect(await readFile(path.join(dir, 'latest.md'), 'utf8')).toBe(fullMarkdown);
    expect(await readFile(path.join(dir, 'summary.json'), 'utf8')).toBe(fullSummary);
    expect((await readdir(dir)).sort()).toEqual(['latest.json', 'latest.md', 'partial.json', 'partial.md', 'summary.json']);
  });

  it('writes the verdicts of a full run into its summary', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bench-results-'));
    await writeFile(path.join(dir, 'summary.json'), 'stale');
    await writeResults(dir, results([]), []);
    const summary: unknown = JSON.parse(await readFile(path.join(dir, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ commit: 'abc1234', measuredAt: '2026-11-28T00:01:37.000Z' });
    expect((summary as { verdicts: unknown[] }).verdicts.length).toBeGreaterThan(0);
  });
});
