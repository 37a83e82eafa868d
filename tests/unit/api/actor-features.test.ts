import type { FeatureCollection, Point } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorFeatures, type ActorProperties } from '@/lib/api/actor-features';
import type { ApiContext } from '@/lib/api/api-context';
import { actorFeaturesEndpoint } from '@/lib/api/endpoints/actors';
import type { Dataset } from '@/lib/data/dataset';
import { fixtureContext, realContext } from '../../fixtures/api/context';
import { call } from './api-client';
import { rfc7946Violations } from './rfc7946';

let context: ApiContext;
beforeAll(async () => {
  context = await fixtureContext();
});

type Collection = FeatureCollection<Point | null, ActorProperties>;

/** The fixture with some actors moved to another home. */
function withHomes(homes: Record<string, string | null>): Dataset {
  const actors = new Map([...context.dataset.actors].map(([id, actor]) => [id, id in homes ? { ...actor, home: homes[id] ?? null } : actor]));
  return { ...context.dataset, actors };
}

describe('GET /api/v1/actors.geojson', () => {
  it('answers valid RFC 7946 GeoJSON with a point per drawable home and a null geometry for the rest', async () => {
    const answer = await call(actorFeaturesEndpoint, context, '/api/v1/actors.geojson', {});
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Type')).toBe('application/geo+json; charset=utf-8');
    expect(rfc7946Violations(answer.json)).toEqual([]);
    const features = (answer.json as Collection).features;
    expect(features.map((feature) => [feature.id, feature.geometry?.coordinates ?? null])).toEqual([
      ['aa', [10, 10]],
      ['aa-agency', null],
      ['aa-agency-chief', null],
      ['bb', [20, 10]],
      ['bb-army', null],
      ['bb-spokesman', null],
      ['cc', null],
      ['dd', null],
    ]);
  });

  it('names the actor in every language, flat for map labels, with its kind, party and claim count', () => {
    const aa = actorFeatures(context.claims, context.dataset).features.find((feature) => feature.id === 'aa');
    expect(aa?.properties).toMatchObject({
      id: 'aa',
      name_en: 'Aland',
      name_ko: '알란드',
      name_uk: 'Аланд',
      name_ru: 'Аланд',
      kind: 'state',
      party: 'aa',
      claimCount: 3,
      place: 'aa-city',
      othersCount: 0,
    });
  });

  it('answers 400 to a parameter', async () => {
    expect((await call(actorFeaturesEndpoint, context, '/api/v1/actors.geojson?asOf=2024-01-01', {})).status).toBe(400);
  });
});

describe('actorFeatures: actors sharing a home', () => {
  it('draws one point per place, standing for the party there, listing every actor based there', () => {
    const dataset = withHomes({ 'aa-agency': 'aa-city', 'aa-agency-chief': 'aa-city' });
    const drawn = actorFeatures(context.claims, dataset).features.filter((feature) => feature.geometry !== null);
    expect(drawn.map((feature) => feature.id)).toEqual(['aa', 'bb']);
    const aa = drawn[0]?.properties;
    expect(aa?.actors.map((actor) => actor.id)).toEqual(['aa', 'aa-agency', 'aa-agency-chief']);
    expect(aa?.othersCount).toBe(2);
  });

  it('without a party at the place, stands for the actor with the most claims', () => {
    const dataset = withHomes({ aa: null, 'aa-agency': 'aa-city', 'aa-agency-chief': 'aa-city', 'bb-spokesman': 'aa-city' });
    const point = actorFeatures(context.claims, dataset).features.find((feature) => feature.properties.place === 'aa-city');
    expect(point?.id).toBe('aa-agency');
    expect(point?.properties.actors.map((actor) => actor.id)).toEqual(['aa-agency', 'aa-agency-chief', 'bb-spokesman']);
  });

  it('lists, not draws, an actor whose home has no coordinates', () => {
    const dataset = withHomes({ bb: 'bb-hidden-base' });
    const bb = actorFeatures(context.claims, dataset).features.find((feature) => feature.id === 'bb');
    expect(bb?.geometry).toBeNull();
    expect(bb?.properties.place).toBe('bb-hidden-base');
  });
});

describe('actorFeatures over the real data', () => {
  it('lists every actor exactly once, with valid GeoJSON and unique feature ids', async () => {
    const real = await realContext();
    const collection = actorFeatures(real.claims, real.dataset);
    expect(rfc7946Violations(collection)).toEqual([]);
    const listed = collection.features.flatMap((feature) => feature.properties.actors.map((actor) => actor.id));
    expect(listed.sort()).toEqual([...real.dataset.actors.keys()].sort());
    const ids = collection.features.map((feature) => feature.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
