import { describe, expect, it } from 'vitest';
import { parseMapSubjects } from '@/lib/api-client/map-subjects-response';
import { lensDifference, type MapSubject } from '@/lib/claims/map-subjects';

const names = (en: string) => ({ en, ko: en, uk: en, ru: en });
const feature = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: null,
  properties: { id, names: names(id), status: 'contested', claims: [], ...extra },
});

describe('parseMapSubjects', () => {
  it('lists a deployment drawn in two regions once, keeping the lens fields', () => {
    const subjects = parseMapSubjects('deployment', {
      type: 'FeatureCollection',
      features: [
        feature('deployment-a', { regionId: 'RU-KRS', lensStance: 'asserts', deniedBy: ['rus'] }),
        feature('deployment-a', { regionId: 'RU-BEL', lensStance: 'asserts', deniedBy: ['rus'] }),
        feature('deployment-b'),
      ],
    });
    expect(subjects).toEqual([
      { kind: 'deployment', id: 'deployment-a', names: names('deployment-a'), status: 'contested', lensStance: 'asserts', deniedBy: ['rus'] },
      { kind: 'deployment', id: 'deployment-b', names: names('deployment-b'), status: 'contested', lensStance: null, deniedBy: [] },
    ]);
  });

  it('rejects an answer that is not a feature collection of subjects', () => {
    expect(() => parseMapSubjects('movement', { error: { params: [] } })).toThrow();
    expect(() => parseMapSubjects('movement', { type: 'FeatureCollection', features: [feature('m', { status: 'rumoured' })] })).toThrow();
  });
});

describe('lensDifference', () => {
  const subject = (kind: 'movement' | 'deployment', id: string): MapSubject => ({
    kind,
    id,
    names: names(id),
    status: 'reported',
    lensStance: 'asserts',
    deniedBy: [],
  });

  it('splits what only one lens shows from what both show, by kind and id', () => {
    const first = [subject('movement', 'm1'), subject('deployment', 'd1'), subject('movement', 'shared')];
    const second = [subject('movement', 'shared'), subject('movement', 'd1'), subject('deployment', 'd2')];
    const difference = lensDifference(first, second);
    expect(difference.onlyFirst.map((s) => `${s.kind}:${s.id}`)).toEqual(['movement:m1', 'deployment:d1']);
    expect(difference.onlySecond.map((s) => `${s.kind}:${s.id}`)).toEqual(['movement:d1', 'deployment:d2']);
    expect(difference.both.map((s) => s.id)).toEqual(['shared']);
  });

  it('finds no difference between a lens and itself', () => {
    const list = [subject('movement', 'm1')];
    expect(lensDifference(list, list)).toEqual({ onlyFirst: [], onlySecond: [], both: list });
  });
});
