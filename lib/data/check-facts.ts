import { earliestDay, knownBy, type PartialDate } from '../domain/partial-date';
import type { TimeWindow } from '../domain/schemas';
import type { RegionLookup } from '../geo/region-lookup';
import type { DataError } from './data-error';
import type { ParsedRecords } from './parse-records';

/** How far outside the region it names a place may lie (coastal and border places, simplified outlines). */
export const REGION_TOLERANCE_KM = 5;

type Report = (path: string, reason: string) => void;

function checkNotFuture(report: Report, path: string, date: PartialDate, today: string): void {
  if (date.precision === 'unknown') return;
  if ((earliestDay(date) as string) > today) report(path, `date ${date.value} is in the future (today is ${today})`);
}

function checkWindow(report: Report, window: TimeWindow, today: string): void {
  checkNotFuture(report, 'window.start', window.start, today);
  if (window.end === null) return;
  checkNotFuture(report, 'window.end', window.end, today);
  if ((knownBy(window.end) as string) < (earliestDay(window.start) as string)) {
    report('window.end', `the window ends (${window.end.value}) before it starts (${window.start.value})`);
  }
}

/** Dates are not in the future and windows run forwards; coordinates are in range and in their region; min <= max. */
export function checkFacts(records: ParsedRecords, regions: RegionLookup, today: string): DataError[] {
  const errors: DataError[] = [];
  const reporter =
    (file: string, recordId: string): Report =>
    (path, reason) =>
      errors.push({ file, recordId, path, reason });

  for (const { file, record } of records.places) {
    const report = reporter(file, record.id);
    if (record.coordinates === null) continue;
    const [lon, lat] = record.coordinates;
    const lonOk = lon >= -180 && lon <= 180;
    const latOk = lat >= -90 && lat <= 90;
    if (!lonOk) report('coordinates[0]', `longitude ${lon} is outside -180..180`);
    if (!latOk) report('coordinates[1]', `latitude ${lat} is outside -90..90`);
    if (!lonOk || !latOk) continue;
    const distance = regions.distanceKm(record.region, record.coordinates);
    if (distance !== null && distance > REGION_TOLERANCE_KM) {
      report('coordinates', `lies ${distance.toFixed(1)} km outside its region ${record.region} (at most ${REGION_TOLERANCE_KM} km allowed)`);
    }
  }
  for (const { file, record } of records.sources) {
    const report = reporter(file, record.id);
    checkNotFuture(report, 'published', record.published, today);
    if (record.retrieved !== undefined) checkNotFuture(report, 'retrieved', { precision: 'day', value: record.retrieved }, today);
  }
  for (const { file, record } of records.claims) {
    const report = reporter(file, record.id);
    checkNotFuture(report, 'date', record.date, today);
    record.figures.forEach((figure, i) => {
      if (figure.min !== undefined && figure.max !== undefined && figure.max !== null && figure.min > figure.max) {
        report(`figures[${i}].max`, `min ${figure.min} is greater than max ${figure.max}`);
      }
    });
  }
  for (const { file, record } of [...records.movements, ...records.deployments]) {
    checkWindow(reporter(file, record.id), record.window, today);
  }
  for (const { file, record } of records.events) {
    checkNotFuture(reporter(file, record.id), 'date', record.date, today);
  }
  return errors;
}
