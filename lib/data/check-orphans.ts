import type { DataError } from './data-error';
import type { ParsedRecords } from './parse-records';

/**
 * No orphan records. Claims are the roots; everything else must be reached from one:
 * a source that no claim cites; a movement, deployment or event that no claim is about (it could not reach a source);
 * a place that no claim, movement path, event or actor's home names; an actor that no claim, movement, deployment,
 * event or child actor names. A record named anywhere inside a record that failed its schema is not reported, so one
 * broken record does not bury its file under orphan errors.
 */
export function checkOrphans(records: ParsedRecords, rejectedMentions: ReadonlySet<string>): DataError[] {
  const cited = new Set(records.claims.flatMap(({ record }) => record.sources));
  const subjects = new Set(
    records.claims.flatMap(({ record }) => record.subjects.map((subject) => (subject.kind === 'topic' ? '' : subject.id))),
  );
  const places = new Set([
    ...records.claims.flatMap(({ record }) => record.places),
    ...records.movements.flatMap(({ record }) => record.path),
    ...records.events.map(({ record }) => record.place),
    ...records.actors.flatMap(({ record }) => (record.home === null ? [] : [record.home])),
  ]);
  const actors = new Set([
    ...records.claims.flatMap(({ record }) => record.claimants),
    ...[...records.movements, ...records.deployments].flatMap(({ record }) => [record.force, ...record.actingParties]),
    ...records.events.flatMap(({ record }) => record.actingParties),
    ...records.actors.flatMap(({ record }) => (record.parent === null ? [] : [record.parent])),
  ]);

  const errors: DataError[] = [];
  const orphan = (file: string, recordId: string, reason: string) => {
    if (!rejectedMentions.has(recordId)) errors.push({ file, recordId, path: 'id', reason });
  };
  for (const { file, record } of records.sources) {
    if (!cited.has(record.id)) orphan(file, record.id, 'orphan source: no claim cites it');
  }
  for (const { file, record } of [...records.movements, ...records.deployments, ...records.events]) {
    if (!subjects.has(record.id)) orphan(file, record.id, 'orphan: no claim is about it, so it reaches no source');
  }
  for (const { file, record } of records.places) {
    if (!places.has(record.id)) orphan(file, record.id, 'orphan place: no claim, movement, event or actor names it');
  }
  for (const { file, record } of records.actors) {
    if (!actors.has(record.id)) orphan(file, record.id, 'orphan actor: no claim, movement, deployment, event or child actor names it');
  }
  return errors;
}
