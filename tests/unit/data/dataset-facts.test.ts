import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@/lib/data/dataset';
import type { Claim, Figure, Source } from '@/lib/domain/schemas';
import { loadRealDataset } from '../../fixtures/claims-model/real-data';

/**
 * Facts of the research notes (../shared/research/dprk-deployment-facts.json) pinned as the data must keep them:
 * who said it, when, which figure, on how many pages. A change here is a change to what the atlas tells readers.
 */

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadRealDataset()).dataset;
});

function claim(id: string): Claim {
  const found = dataset.claims.get(id);
  if (found === undefined) throw new Error(`no claim ${id} in data/`);
  return found;
}

function source(id: string): Source {
  const found = dataset.sources.get(id);
  if (found === undefined) throw new Error(`no source ${id} in data/`);
  return found;
}

/** The figures of a claim as [counts, qualifier, value or [min, max], of]. */
const figures = (id: string) =>
  claim(id).figures.map((f: Figure) => [f.counts, f.qualifier, f.value ?? [f.min, f.max], f.of ?? null]);

const KURSK = 'deployment-prk-kursk-oblast';

describe('facts of the research, as the data keeps them', () => {
  it('holds 71 research claims, C001 to C071, each under its research id', () => {
    const ids = new Set([...dataset.claims.values()].map((c) => c.researchId));
    expect(ids.size).toBe(71);
    expect(ids.has('C001')).toBe(true);
    expect(ids.has('C071')).toBe(true);
  });

  it('C001: Putin and Kim sign the treaty in Pyongyang on 19 June 2024 (a joint claim, two pages)', () => {
    expect(claim('claim-2024-06-19-putin-kim-sign-treaty')).toMatchObject({
      researchId: 'C001',
      claimants: ['rus-putin', 'prk-kim-jong-un'],
      date: { precision: 'day', value: '2024-06-19' },
      stance: 'confirms',
      places: ['pyongyang'],
    });
    expect(claim('claim-2024-06-19-putin-kim-sign-treaty').sources).toHaveLength(2);
  });

  it('C025: the White House counts at least 3,000 shipped from Wonsan, its source of record uncaveated', () => {
    const c = claim('claim-2024-10-23-usa-at-least-3000');
    expect(c.claimants).toEqual(['usa-kirby']);
    expect(figures(c.id)).toEqual([['troops', 'at-least', 3000, 'movement-2024-10-prk-sea-to-vladivostok']]);
    expect(c.sources).toHaveLength(4);
    expect(source(c.sources[0] as string).caveats).toBeUndefined();
    expect(c.sources.slice(1).map((id) => source(id).caveats?.[0])).toEqual([
      'not-refound-in-second-check',
      'aggregator-copy',
      'content-farm-copy',
    ]);
  });

  it('C041: the State Department puts up to 10,000 in Kursk, the Pentagon 11,000 to 12,000 in Russia', () => {
    const c = claim('claim-2024-11-04-usa-10000-in-kursk');
    expect(c.claimants).toEqual(['usa-state', 'usa-dod']);
    expect(c.date).toEqual({ precision: 'day', value: '2024-11-04' });
    expect(figures(c.id)).toEqual([
      ['troops', 'up-to', 10000, KURSK],
      ['troops', null, [11000, 12000], null],
    ]);
    expect(c.sources).toHaveLength(3);
  });

  it('C048: the NIS counts nearly 11,000 in Kursk on 20 November 2024, on one page', () => {
    const c = claim('claim-2024-11-20-nis-11000-in-kursk');
    expect(c).toMatchObject({ claimants: ['kor-nis'], date: { value: '2024-11-20' } });
    expect(figures(c.id)).toEqual([['troops', 'about', 11000, KURSK]]);
    expect(c.sources).toEqual(['euromaidan-reuters-11000']);
  });

  it('C051 and C052: the NIS counts 100 dead and 1,000 wounded; Zelensky over 3,000 killed or wounded', () => {
    expect(figures('claim-2024-12-19-nis-100-killed')).toEqual([
      ['killed', 'at-least', 100, KURSK],
      ['wounded', 'about', 1000, KURSK],
    ]);
    const zelensky = claim('claim-2024-12-23-zelensky-3000-casualties');
    expect(zelensky.claimants).toEqual(['ukr-zelensky']);
    expect(figures(zelensky.id)).toEqual([['casualties', 'more-than', 3000, KURSK]]);
    expect(zelensky.relations).toContainEqual({ kind: 'contradicts', claim: 'claim-2024-12-19-nis-100-killed' });
  });

  it('C054: Zelensky announces two captured soldiers on 11 January 2025; the copies not re-found come last', () => {
    const c = claim('claim-2025-01-11-zelensky-two-captured');
    expect(c.date).toEqual({ precision: 'day', value: '2025-01-11' });
    expect(figures(c.id)).toEqual([['prisoners', null, 2, null]]);
    expect(c.sources.map((id) => source(id).caveats ?? [])).toEqual([
      [],
      ['not-refound-in-second-check'],
      ['not-refound-in-second-check'],
    ]);
    expect(c.places).toContain('tuva');
    expect(dataset.places.get('tuva')).toMatchObject({ coordinates: null, region: 'RU-TY' });
  });

  it('C057: unnamed Western officials, on a presumed day, with the research’s doubt kept in the note', () => {
    const c = claim('claim-2025-01-22-western-officials-1000-killed');
    expect(c.claimants).toEqual(['western-officials']);
    expect(dataset.actors.get('western-officials')).toMatchObject({ kind: 'unnamed-officials', parent: null });
    expect(c.note).toContain('presumed');
    expect(figures(c.id)).toContainEqual(['casualties', 'about', 4000, KURSK]);
  });

  it('C061: Gerasimov’s acknowledgement of 26 April 2025, the syndication copy listed last', () => {
    const c = claim('claim-2025-04-26-gerasimov-kursk-liberated');
    expect(c).toMatchObject({ claimants: ['rus-gerasimov'], stance: 'confirms', date: { value: '2025-04-26' } });
    expect(c.sources).toEqual(['politico-kremlin-kursk', 'japantoday-retook-kursk', 'menafn-1109477567']);
    expect(source('menafn-1109477567').caveats).toEqual(['syndication-site']);
    expect(dataset.places.get('gornal')).toMatchObject({ coordinates: null, precision: null, region: 'RU-KRS' });
  });

  it('C062: Ukraine disputes the retaking of Kursk, not the presence of North Korean troops', () => {
    const c = claim('claim-2025-04-26-ukr-disputes-kursk-claim');
    expect(c.stance).toBe('disputes');
    expect(c.subjects.every((s) => s.kind === 'topic')).toBe(true);
    expect(c.relations).toEqual([{ kind: 'denies', claim: 'claim-2025-04-26-gerasimov-kursk-liberated' }]);
  });

  it('C067: the NIS counts 15,000 sent in two waves and 4,700 casualties, updating its January estimate', () => {
    const c = claim('claim-2025-04-30-nis-15000-two-waves');
    expect(figures(c.id).slice(0, 3)).toEqual([
      ['troops', 'about', 15000, KURSK],
      ['casualties', 'about', 4700, KURSK],
      ['killed', 'about', 600, KURSK],
    ]);
    expect(c.sources).toHaveLength(3);
    expect(c.relations).toContainEqual({ kind: 'updates', claim: 'claim-2025-01-13-nis-300-killed' });
  });

  it('C068 and C071: Shoigu announces 1,000 sappers and 5,000 builders; the NIS counts 1,000 engineers arrived', () => {
    expect(figures('claim-2025-06-17-shoigu-sappers-builders')).toEqual([
      ['troops', null, 1000, 'movement-2025-06-prk-sappers-to-kursk'],
      ['troops', null, 5000, 'movement-2025-06-prk-builders-to-kursk'],
    ]);
    expect(claim('claim-2025-06-17-shoigu-sappers-builders').claimants).toEqual(['rus-shoigu']);
    const nis = claim('claim-2025-09-02-nis-2000-killed');
    expect(figures(nis.id)).toContainEqual(['troops', 'about', 1000, 'movement-2025-06-prk-sappers-to-kursk']);
    expect(figures(nis.id)).toContainEqual(['killed', 'about', 2000, KURSK]);
    expect(nis.sources).toHaveLength(3);
  });

  it('gives the NIS death toll in Kursk as a series: 100, 300, 600, 2,000', () => {
    const killed = (dataset.estimatesBySubject.get(KURSK) ?? []).filter(
      (e) => e.parties.includes('kor') && e.figure.counts === 'killed',
    );
    expect(killed.map((e) => [e.date.value, e.figure.value])).toEqual([
      ['2024-12-19', 100],
      ['2025-01-13', 300],
      ['2025-04-30', 600],
      ['2025-09-02', 2000],
    ]);
  });

  it('records the syndicating agency, and the article’s three titles as one exact and several near matches', () => {
    expect(source('kesq-withdrawal')).toMatchObject({ publisher: 'KESQ News Channel 3', agency: 'AP' });
    expect(source('kesq-withdrawal').note).toContain('Exact match');
    for (const id of ['urdupoint-1874139', 'koreatimes-384651']) {
      expect(source(id).note, id).toContain('Seoul wants N Korean troops to leave Russia immediately');
      expect(source(id).note, id).toMatch(/^Near match/);
    }
    for (const id of ['ukrinform-3918655', 'unn-south-korea-considers']) {
      expect(source(id).note, id).toContain('South Korea Again Mulls Aiding Ukraine');
      expect(source(id).note, id).toMatch(/^Near match/);
    }
  });

  it('dates a claim by the event, not by the KBS World page date (C003: summit of 10 July, page of 5 July)', () => {
    const c = claim('claim-2024-07-10-nato-summit-condemns-arms');
    expect(c.date).toEqual({ precision: 'day', value: '2024-07-10' });
    expect(source('kbs-world-186602')).toMatchObject({ published: { precision: 'day', value: '2024-07-05' } });
    expect(source('kbs-world-186602').publishedNote).toContain('before the summit');
  });
});
