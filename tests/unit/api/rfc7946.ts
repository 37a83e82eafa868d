/**
 * The RFC 7946 rules the API's GeoJSON must keep, checked in code for tests. Returns every violation as
 * `path: problem` (empty when valid). Checks: object types; a FeatureCollection's `features` array; a Feature's
 * `geometry` (object or null) and `properties` (object or null) members and its `id` (string or number); no `crs`
 * member anywhere (section 4); positions of two or three finite numbers with longitude in [-180, 180] and latitude in
 * [-90, 90] (section 4: WGS 84, no longitudes past 180 even east of the antimeridian); LineStrings of two or more
 * positions (3.1.4); no line segment spanning more than 180° of longitude, which must be cut at the antimeridian
 * (3.1.9); Polygon rings closed with four or more positions (3.1.6); bbox of 2 x dimension numbers (5).
 */
export function rfc7946Violations(value: unknown): string[] {
  const problems: string[] = [];
  checkObject(value, '$', problems);
  return problems;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkCommon(object: Json, path: string, problems: string[]): void {
  if ('crs' in object) problems.push(`${path}: has a crs member (RFC 7946 section 4 removed it)`);
  if ('bbox' in object) {
    const bbox = object.bbox;
    if (!Array.isArray(bbox) || ![4, 6].includes(bbox.length) || !bbox.every((n) => typeof n === 'number')) {
      problems.push(`${path}.bbox: must be 4 or 6 numbers`);
    }
  }
}

function checkObject(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value)) {
    problems.push(`${path}: not an object`);
    return;
  }
  checkCommon(value, path, problems);
  if (value.type === 'FeatureCollection') {
    if (!Array.isArray(value.features)) problems.push(`${path}.features: not an array`);
    else value.features.forEach((feature, i) => checkFeature(feature, `${path}.features[${i}]`, problems));
  } else if (value.type === 'Feature') {
    checkFeature(value, path, problems);
  } else {
    checkGeometry(value, path, problems);
  }
}

function checkFeature(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value) || value.type !== 'Feature') {
    problems.push(`${path}: not a Feature`);
    return;
  }
  checkCommon(value, path, problems);
  if (!('geometry' in value)) problems.push(`${path}: no geometry member`);
  else if (value.geometry !== null) checkGeometry(value.geometry, `${path}.geometry`, problems);
  if (!('properties' in value)) problems.push(`${path}: no properties member`);
  else if (value.properties !== null && !isObject(value.properties)) problems.push(`${path}.properties: not an object or null`);
  if ('id' in value && typeof value.id !== 'string' && typeof value.id !== 'number') problems.push(`${path}.id: not a string or number`);
}

function checkPosition(value: unknown, path: string, problems: string[]): value is number[] {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    problems.push(`${path}: a position is two or three finite numbers`);
    return false;
  }
  const [lon, lat] = value as [number, number];
  if (lon < -180 || lon > 180) problems.push(`${path}: longitude ${lon} outside [-180, 180]`);
  if (lat < -90 || lat > 90) problems.push(`${path}: latitude ${lat} outside [-90, 90]`);
  return true;
}

function checkLine(value: unknown, path: string, problems: string[], minimum = 2): void {
  if (!Array.isArray(value) || value.length < minimum) {
    problems.push(`${path}: needs ${minimum} or more positions`);
    return;
  }
  const valid = value.filter((position, i) => checkPosition(position, `${path}[${i}]`, problems)) as number[][];
  for (let i = 1; i < valid.length; i++) {
    if (Math.abs((valid[i]?.[0] ?? 0) - (valid[i - 1]?.[0] ?? 0)) > 180) {
      problems.push(`${path}[${i}]: a segment spans more than 180° of longitude (cut it at the antimeridian)`);
    }
  }
}

function checkRing(value: unknown, path: string, problems: string[]): void {
  checkLine(value, path, problems, 4);
  if (Array.isArray(value) && value.length >= 4 && JSON.stringify(value[0]) !== JSON.stringify(value[value.length - 1])) {
    problems.push(`${path}: a ring must be closed`);
  }
}

function checkGeometry(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value)) {
    problems.push(`${path}: not a geometry object`);
    return;
  }
  checkCommon(value, path, problems);
  const coordinates = value.coordinates;
  const each = (check: (item: unknown, itemPath: string) => void) =>
    Array.isArray(coordinates) ? coordinates.forEach((item, i) => check(item, `${path}.coordinates[${i}]`)) : problems.push(`${path}.coordinates: not an array`);
  switch (value.type) {
    case 'Point':
      checkPosition(coordinates, `${path}.coordinates`, problems);
      break;
    case 'MultiPoint':
      each((item, itemPath) => checkPosition(item, itemPath, problems));
      break;
    case 'LineString':
      checkLine(coordinates, `${path}.coordinates`, problems);
      break;
    case 'MultiLineString':
      each((item, itemPath) => checkLine(item, itemPath, problems));
      break;
    case 'Polygon':
      each((item, itemPath) => checkRing(item, itemPath, problems));
      break;
    case 'MultiPolygon':
      each((polygon, polygonPath) =>
        Array.isArray(polygon) ? polygon.forEach((ring, i) => checkRing(ring, `${polygonPath}[${i}]`, problems)) : problems.push(`${polygonPath}: not an array`),
      );
      break;
    case 'GeometryCollection':
      if (!Array.isArray(value.geometries)) problems.push(`${path}.geometries: not an array`);
      else value.geometries.forEach((geometry, i) => checkGeometry(geometry, `${path}.geometries[${i}]`, problems));
      break;
    default:
      problems.push(`${path}: unknown type ${JSON.stringify(value.type)}`);
  }
}
