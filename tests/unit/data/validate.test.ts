import { describe, expect, it } from 'vitest';
import type { DataError } from '@/lib/data/data-error';
import type { DataFileInput } from '@/lib/data/parse-records';
import type { Noun } from '@/lib/domain/data-file';
import { validateDataset } from '@/lib/data/validate';
import { addRecord, editRecord, fixtureFiles, fixtureRegions } from '../../fixtures/claims-model/files';

const TODAY = '2026-11-27';
const CLAIMS = 'claims/2024-01.json';
const FIRST_CLAIM = 'claim-2024-01-10-aa-reports-crossing';

function errorsOf(files: DataFileInput[]): DataError[] {
  return validateDataset(files, fixtureRegions, TODAY).errors;
}

/** Asserts the one error reported, by file, record, field and a piece of its reason. */
function expectOnly(files: DataFileInput[], file: string, recordId: string, path: string, reason: string): void {
  const errors = errorsOf(files);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ file, recordId, path });
  expect(errors[0]?.reason).toContain(reason);
}

describe('validateDataset', () => {
  it('finds nothing wrong with the fixture dataset', () => {
    const { errors, records } = validateDataset(fixtureFiles(), fixtureRegions, TODAY);
    expect(errors).toEqual([]);
    expect(records.claims).toHaveLength(4);
  });

  it('reports a schema violation with its field path', () => {
    const files = editRecord(fixtureFiles(), 'claims', FIRST_CLAIM, (claim) => {
      claim.stance = 'believes';
    });
    expectOnly(files, CLAIMS, FIRST_CLAIM, 'stance', 'Invalid option');
  });

  it('reports a record without a usable id by its position', () => {
    const files = editRecord(fixtureFiles(), 'sources', 'wire-one', (source) => {
      source.id = 42;
    });
    const errors = errorsOf(files);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'sources.json', recordId: '#0', path: 'id' }));
  });

  it('reports a file that is not a data file', () => {
    const files = [...fixtureFiles(), { file: 'notes.json', json: { claimz: [] } }];
    expectOnly(files, 'notes.json', '(file)', '', 'Unrecognized key');
  });

  it('reports a duplicate id, across nouns too', () => {
    const files = addRecord(fixtureFiles(), 'places.json', 'places', {
      id: 'aa',
      names: { en: 'A', ko: 'A', uk: 'A', ru: 'A' },
      kind: 'city',
      coordinates: null,
      precision: null,
      coordinateSource: null,
      region: 'AA-01',
    });
    const errors = errorsOf(files);
    expect(errors).toContainEqual({ file: 'places.json', recordId: 'aa', path: 'id', reason: 'duplicate id: also used by actors in actors.json' });
  });

  it('reports two sources with the same URL', () => {
    const files = editRecord(fixtureFiles(), 'sources', 'paper-two', (source) => {
      source.url = 'https://wire.example/aland-says';
    });
    expectOnly(files, 'sources.json', 'paper-two', 'url', 'duplicate URL: source wire-one');
  });

  it.each([
    ['claimants[0]', 'unknown actor "nobody"', (claim: Record<string, unknown>): void => {
      claim.claimants = ['nobody'];
    }],
    ['places[0]', 'unknown place "atlantis"', (claim: Record<string, unknown>): void => {
      claim.places = ['atlantis'];
    }],
    ['sources[0]', 'unknown source "lost-page"', (claim: Record<string, unknown>): void => {
      claim.sources = ['lost-page'];
    }],
    ['regions[0]', 'unknown region "ZZ-99"', (claim: Record<string, unknown>): void => {
      claim.regions = ['ZZ-99'];
    }],
    ['subjects[0].id', 'unknown movement "movement-nowhere"', (claim: Record<string, unknown>): void => {
      claim.subjects = [{ kind: 'movement', id: 'movement-nowhere' }];
    }],
    ['relations[0].claim', 'unknown claim "claim-missing"', (claim: Record<string, unknown>): void => {
      claim.relations = [{ kind: 'supports', claim: 'claim-missing' }];
    }],
  ])('reports an unresolved reference at %s', (path, reason, edit) => {
    const files = editRecord(fixtureFiles(), 'claims', 'claim-2024-01-15-aa-meeting', edit);
    const error = errorsOf(files).find((candidate) => candidate.path === path);
    expect(error).toMatchObject({ file: CLAIMS, recordId: 'claim-2024-01-15-aa-meeting' });
    expect(error?.reason).toContain(reason);
  });

  it('reports an acting party that is not a party', () => {
    const files = editRecord(fixtureFiles(), 'movements', 'movement-fixture-crossing', (movement) => {
      movement.actingParties = ['bb-army'];
    });
    expectOnly(files, 'movements.json', 'movement-fixture-crossing', 'actingParties[0]', 'is not a party');
  });

  it('reports actors whose parents form a cycle', () => {
    const files = editRecord(fixtureFiles(), 'actors', 'cc', (actor) => {
      actor.parent = 'cc';
    });
    expectOnly(files, 'actors.json', 'cc', 'parent', 'parents form a cycle: cc -> cc');
  });

  it('reports a figure that estimates something the claim is not about', () => {
    const files = editRecord(fixtureFiles(), 'claims', FIRST_CLAIM, (claim) => {
      claim.subjects = [{ kind: 'movement', id: 'movement-fixture-crossing' }];
    });
    expectOnly(files, CLAIMS, FIRST_CLAIM, 'figures[0].of', 'not one of the claim\'s subjects');
  });

  it('reports a claim that relates to itself', () => {
    const files = editRecord(fixtureFiles(), 'claims', FIRST_CLAIM, (claim) => {
      claim.relations = [{ kind: 'updates', claim: FIRST_CLAIM }];
    });
    expectOnly(files, CLAIMS, FIRST_CLAIM, 'relations[0].claim', 'cannot relate to itself');
  });

  it('reports a claim without a source', () => {
    const files = editRecord(fixtureFiles(), 'claims', 'claim-2024-01-15-aa-meeting', (claim) => {
      claim.sources = [];
    });
    expectOnly(files, CLAIMS, 'claim-2024-01-15-aa-meeting', 'sources', 'a claim needs at least one source');
  });

  it('reports a URL that is not http or https', () => {
    const files = editRecord(fixtureFiles(), 'sources', 'wire-one', (source) => {
      source.url = 'javascript:alert(1)';
    });
    expectOnly(files, 'sources.json', 'wire-one', 'url', 'http or https');
  });

  it('reports a date that is not on the calendar', () => {
    const files = editRecord(fixtureFiles(), 'events', 'event-2024-01-15-fixture-meeting', (event) => {
      event.date = { precision: 'day', value: '2024-02-30' };
    });
    const errors = errorsOf(files);
    expect(errors).toContainEqual({
      file: 'events.json',
      recordId: 'event-2024-01-15-fixture-meeting',
      path: 'date.value',
      reason: 'not a real calendar day (YYYY-MM-DD)',
    });
  });

  it.each([
    ['claims', FIRST_CLAIM, CLAIMS, 'date', (r: Record<string, unknown>): void => {
      r.date = { precision: 'day', value: '2027-01-01' };
    }],
    ['sources', 'wire-one', 'sources.json', 'published', (r: Record<string, unknown>): void => {
      r.published = { precision: 'month', value: '2026-12' };
    }],
    ['sources', 'wire-one', 'sources.json', 'retrieved', (r: Record<string, unknown>): void => {
      r.retrieved = '2026-11-28';
    }],
    ['deployments', 'deployment-fixture-bb-in-aa', 'deployments.json', 'window.start', (r: Record<string, unknown>): void => {
      r.window = { start: { precision: 'day', value: '2030-01-01' }, end: null };
    }],
  ] as const satisfies readonly (readonly [Noun, string, string, string, (record: Record<string, unknown>) => void])[])('reports a future date in %s', (noun, id, file, path, edit) => {
    const files = editRecord(fixtureFiles(), noun, id, edit);
    expectOnly(files, file, id, path, `is in the future (today is ${TODAY})`);
  });

  it('reports a time window that ends before it starts', () => {
    const files = editRecord(fixtureFiles(), 'movements', 'movement-fixture-crossing', (movement) => {
      movement.window = { start: { precision: 'day', value: '2024-01-09' }, end: { precision: 'month', value: '2023-12' } };
    });
    expectOnly(files, 'movements.json', 'movement-fixture-crossing', 'window.end', 'ends (2023-12) before it starts (2024-01-09)');
  });

  it('reports coordinates out of range', () => {
    const files = editRecord(fixtureFiles(), 'places', 'aa-city', (place) => {
      place.coordinates = [190, -95];
    });
    const errors = errorsOf(files);
    expect(errors).toEqual([
      { file: 'places.json', recordId: 'aa-city', path: 'coordinates[0]', reason: 'longitude 190 is outside -180..180' },
      { file: 'places.json', recordId: 'aa-city', path: 'coordinates[1]', reason: 'latitude -95 is outside -90..90' },
    ]);
  });

  it('reports a place more than 5 km outside the region it names, and accepts one just outside', () => {
    const far = editRecord(fixtureFiles(), 'places', 'aa-city', (place) => {
      place.coordinates = [11.2, 10];
    });
    expectOnly(far, 'places.json', 'aa-city', 'coordinates', 'lies 21.9 km outside its region AA-01');
    const near = editRecord(fixtureFiles(), 'places', 'aa-city', (place) => {
      place.coordinates = [11.03, 10];
    });
    expect(errorsOf(near)).toEqual([]);
  });

  it('reports min greater than max', () => {
    const files = editRecord(fixtureFiles(), 'claims', FIRST_CLAIM, (claim) => {
      (claim.figures as Record<string, unknown>[])[1] = { counts: 'ships', min: 5, max: 3, qualifier: null, label: { en: 's', ko: 's' } };
    });
    expectOnly(files, CLAIMS, FIRST_CLAIM, 'figures[1].max', 'min 5 is greater than max 3');
  });

  it('reports an orphan source, place, actor and event', () => {
    let files = fixtureFiles();
    files = addRecord(files, 'sources.json', 'sources', {
      id: 'uncited',
      publisher: 'P',
      title: 'T',
      url: 'https://uncited.example/',
      published: { precision: 'unknown' },
      language: 'en',
      kind: 'wire',
    });
    files = editRecord(files, 'claims', 'claim-2024-01-cc-comments', (claim) => {
      claim.places = ['bb-port'];
    });
    files = editRecord(files, 'claims', 'claim-2024-01-15-aa-meeting', (claim) => {
      claim.subjects = [{ kind: 'topic', topic: { en: 'a meeting', ko: '회의' } }];
      claim.claimants = ['aa-agency'];
    });
    files = editRecord(files, 'actors', 'aa', (actor) => {
      actor.home = null;
    });
    const errors = errorsOf(files);
    expect(errors.map((e) => [e.file, e.recordId, e.path])).toEqual([
      ['events.json', 'event-2024-01-15-fixture-meeting', 'id'],
      ['places.json', 'aa-unknown-site', 'id'],
      ['sources.json', 'uncited', 'id'],
    ]);
    expect(errors.map((e) => e.reason)).toEqual([
      'orphan: no claim is about it, so it reaches no source',
      'orphan place: no claim, movement, event or actor names it',
      'orphan source: no claim cites it',
    ]);
  });

  it('reports an orphan actor', () => {
    const files = editRecord(fixtureFiles(), 'claims', 'claim-2024-01-cc-comments', (claim) => {
      claim.claimants = ['aa'];
    });
    expectOnly(files, 'actors.json', 'cc', 'id', 'orphan actor');
  });

  it('does not bury a broken claim under orphan errors for what it cites', () => {
    const files = editRecord(fixtureFiles(), 'claims', 'claim-2024-01-15-aa-meeting', (claim) => {
      claim.date = { precision: 'day', value: 'soon' };
    });
    const errors = errorsOf(files);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('date.value');
  });

  it('reports every problem at once, across files', () => {
    let files = editRecord(fixtureFiles(), 'sources', 'wire-one', (source) => {
      source.url = 'ftp://wire.example/';
    });
    files = editRecord(files, 'places', 'bb-port', (place) => {
      place.coordinates = [30, 10];
    });
    files = editRecord(files, 'claims', FIRST_CLAIM, (claim) => {
      claim.claimants = ['ghost', 'aa-agency'];
    });
    expect(errorsOf(files).map((e) => `${e.file}: ${e.recordId}: ${e.path}`)).toEqual([
      `${CLAIMS}: ${FIRST_CLAIM}: claimants[0]`,
      'places.json: bb-port: coordinates',
      'sources.json: wire-one: url',
    ]);
  });
});
