import type { RegionLookup } from '../geo/region-lookup';
import type { Actor } from '../domain/schemas';
import type { DataError } from './data-error';
import type { KnownIds, ParsedRecords } from './parse-records';

type Report = (path: string, reason: string) => void;

/** Every reference resolves: actors, places, sources, claims, subjects, regions; acting parties are parties. */
export function checkReferences(records: ParsedRecords, known: KnownIds, regions: RegionLookup): DataError[] {
  const errors: DataError[] = [];
  const actors = new Map(records.actors.map(({ record }) => [record.id, record]));
  const reporter =
    (file: string, recordId: string): Report =>
    (path, reason) =>
      errors.push({ file, recordId, path, reason });
  const expect = (report: Report, path: string, id: string, ids: Set<string>, what: string) => {
    if (!ids.has(id)) report(path, `unknown ${what} "${id}"`);
  };
  const expectRegion = (report: Report, path: string, id: string) => {
    if (!regions.has(id)) report(path, `unknown region "${id}" (not in the basemap)`);
  };
  const expectParties = (report: Report, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      expect(report, `actingParties[${i}]`, id, known.actors, 'actor');
      const actor = actors.get(id);
      if (actor !== undefined && actor.parent !== null) {
        report(`actingParties[${i}]`, `acting party "${id}" is not a party: it has parent "${actor.parent}"`);
      }
    });

  for (const { file, record } of records.actors) {
    const report = reporter(file, record.id);
    if (record.parent !== null) expect(report, 'parent', record.parent, known.actors, 'actor');
    if (record.home !== null) expect(report, 'home', record.home, known.places, 'place');
    const cycle = parentCycle(record, actors);
    if (cycle !== null) report('parent', `parents form a cycle: ${cycle.join(' -> ')}`);
  }
  for (const { file, record } of records.places) {
    expectRegion(reporter(file, record.id), 'region', record.region);
  }
  for (const { file, record } of records.claims) {
    const report = reporter(file, record.id);
    record.claimants.forEach((id, i) => expect(report, `claimants[${i}]`, id, known.actors, 'actor'));
    record.places.forEach((id, i) => expect(report, `places[${i}]`, id, known.places, 'place'));
    record.regions.forEach((id, i) => expectRegion(report, `regions[${i}]`, id));
    record.sources.forEach((id, i) => expect(report, `sources[${i}]`, id, known.sources, 'source'));
    record.subjects.forEach((subject, i) => {
      if (subject.kind !== 'topic') expect(report, `subjects[${i}].id`, subject.id, known[`${subject.kind}s`], subject.kind);
    });
    record.relations.forEach((relation, i) => {
      expect(report, `relations[${i}].claim`, relation.claim, known.claims, 'claim');
      if (relation.claim === record.id) report(`relations[${i}].claim`, 'a claim cannot relate to itself');
    });
    const subjectIds = new Set(record.subjects.map((subject) => (subject.kind === 'topic' ? '' : subject.id)));
    record.figures.forEach((figure, i) => {
      if (figure.of !== undefined && !subjectIds.has(figure.of)) {
        report(`figures[${i}].of`, `the figure estimates "${figure.of}", which is not one of the claim's subjects`);
      }
    });
  }
  for (const { file, record } of records.movements) {
    const report = reporter(file, record.id);
    expect(report, 'force', record.force, known.actors, 'actor');
    record.path.forEach((id, i) => expect(report, `path[${i}]`, id, known.places, 'place'));
    expectParties(report, record.actingParties);
  }
  for (const { file, record } of records.deployments) {
    const report = reporter(file, record.id);
    expect(report, 'force', record.force, known.actors, 'actor');
    record.regions.forEach((id, i) => expectRegion(report, `regions[${i}]`, id));
    expectParties(report, record.actingParties);
  }
  for (const { file, record } of records.events) {
    const report = reporter(file, record.id);
    expect(report, 'place', record.place, known.places, 'place');
    expectParties(report, record.actingParties);
  }
  return errors;
}

/** The cycle an actor's parents run into, starting and ending at the actor, or null. */
function parentCycle(start: Actor, actors: ReadonlyMap<string, Actor>): string[] | null {
  const chain = [start.id];
  for (let parent = start.parent; parent !== null; parent = actors.get(parent)?.parent ?? null) {
    chain.push(parent);
    if (parent === start.id) return chain;
    if (chain.length > actors.size + 1) return null;
  }
  return null;
}
