import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { deploymentsEndpoint, movementsEndpoint } from '@/lib/api/endpoints/subjects';
import { realContext } from '../../fixtures/api/context';
import { call } from './api-client';
import { rfc7946Violations } from './rfc7946';

/** Filters and lenses over the real dataset: what the map draws for a reader who narrows the feed or takes a lens. */
let context: ApiContext;
beforeAll(async () => {
  context = await realContext();
});

type Props = { id: string; claims: string[]; status: string; lensStance?: string; deniedBy?: string[]; deniedByOthers?: boolean };

async function features(endpoint: typeof movementsEndpoint, path: string): Promise<Map<string, Props>> {
  const answer = await call(endpoint, context, path, {});
  expect(answer.status, answer.text).toBe(200);
  expect(rfc7946Violations(answer.json)).toEqual([]);
  const collection = answer.json as FeatureCollection<null, Props>;
  return new Map(collection.features.map((feature) => [feature.properties.id, feature.properties]));
}

const NIS_MOVEMENTS = [
  'movement-2024-10-prk-sea-to-vladivostok',
  'movement-2024-10-prk-vladivostok-to-blagoveshchensk',
  'movement-2024-10-prk-vladivostok-to-khabarovsk',
  'movement-2024-10-prk-vladivostok-to-ussuriysk',
];

describe('the lens on the map endpoints', () => {
  it("through South Korea's NIS in October 2024: only the moves it reported, each marked as denied by Moscow and Pyongyang", async () => {
    const all = await features(movementsEndpoint, '/api/v1/movements?asOf=2024-10-31');
    const lens = await features(movementsEndpoint, '/api/v1/movements?asOf=2024-10-31&lens=kor-nis');
    expect(all.size).toBeGreaterThan(lens.size);
    expect([...lens.keys()].sort()).toEqual(NIS_MOVEMENTS);
    for (const id of NIS_MOVEMENTS) {
      expect(lens.get(id)).toMatchObject({ lensStance: 'asserts', deniedBy: ['prk', 'rus'], deniedByOthers: true });
      // The lens chooses what is drawn, not what is true of it: the status is the same as without the lens.
      expect(lens.get(id)?.status).toBe(all.get(id)?.status);
    }
  });

  it('through Russia in October 2024 the map is empty: Moscow denied every movement and deployment', async () => {
    expect((await features(movementsEndpoint, '/api/v1/movements?asOf=2024-10-31&lens=rus')).size).toBe(0);
    expect((await features(deploymentsEndpoint, '/api/v1/deployments?asOf=2024-10-31&lens=rus')).size).toBe(0);
  });

  it('through Russia after its April 2025 acknowledgement: the Kursk deployment, confirmed, denied by no one', async () => {
    const deployments = await features(deploymentsEndpoint, '/api/v1/deployments?asOf=2025-05-01&lens=rus');
    expect([...deployments.keys()]).toEqual(['deployment-prk-kursk-oblast']);
    expect(deployments.get('deployment-prk-kursk-oblast')).toMatchObject({
      lensStance: 'confirms',
      deniedBy: [],
      deniedByOthers: false,
      status: 'confirmed',
    });
  });

  it("counts a body's claims for a party lens and only the body's for a body lens", async () => {
    const party = await features(deploymentsEndpoint, '/api/v1/deployments?asOf=2024-10-20&lens=kor');
    const body = await features(deploymentsEndpoint, '/api/v1/deployments?asOf=2024-10-20&lens=kor-mofa');
    expect([...party.keys()]).toEqual(['deployment-prk-russian-far-east']);
    expect(body.size).toBe(0);
  });
});

describe('the feed filters on the map endpoints', () => {
  it('keeps the subjects a matching claim is about, listing only the matching claims', async () => {
    const denied = await features(deploymentsEndpoint, '/api/v1/deployments?asOf=2024-10-31&stance=denies');
    expect([...denied.keys()].sort()).toEqual(['deployment-prk-kursk-oblast', 'deployment-prk-russian-far-east']);
    for (const props of denied.values()) {
      expect(props.claims.length).toBeGreaterThan(0);
      expect(props.claims.every((id) => /zakharova|kremlin-fake-news|prk-denial/.test(id))).toBe(true);
    }
  });

  it("narrows to one party's subjects and to a date range", async () => {
    const nato = await features(movementsEndpoint, '/api/v1/movements?party=nato');
    expect([...nato.keys()].sort()).toEqual(['movement-2024-10-prk-far-east-to-kursk', 'movement-2024-10-prk-sea-to-vladivostok']);
    const june2025 = await features(movementsEndpoint, '/api/v1/movements?from=2025-06-01&to=2025-06-30');
    // Shoigu's 17 June statement on sappers and builders, and KCTV's 30 June broadcast about the Kursk move.
    expect([...june2025.keys()].sort()).toEqual([
      'movement-2024-10-prk-far-east-to-kursk',
      'movement-2025-06-prk-builders-to-kursk',
      'movement-2025-06-prk-sappers-to-kursk',
    ]);
  });

  it('answers the plain collection, byte for byte, when nothing narrows it', async () => {
    const plain = await call(movementsEndpoint, context, '/api/v1/movements?asOf=2024-12-31', {});
    const again = await call(movementsEndpoint, context, '/api/v1/movements?asOf=2024-12-31', {});
    expect(plain.text).toBe(again.text);
    expect(plain.text).not.toContain('lensStance');
  });

  it('answers 400 naming an unknown lens, a bad filter and a range that ends before it starts', async () => {
    const lens = await call(movementsEndpoint, context, '/api/v1/movements?lens=nobody-here', {});
    expect(lens.status).toBe(400);
    expect(lens.text).toContain('lens');
    const stance = await call(deploymentsEndpoint, context, '/api/v1/deployments?stance=shouts', {});
    expect(stance.status).toBe(400);
    expect(stance.text).toContain('stance');
    const range = await call(deploymentsEndpoint, context, '/api/v1/deployments?from=2025-01-02&to=2025-01-01', {});
    expect(range.status).toBe(400);
    expect(range.text).toContain('to');
    const subject = await call(deploymentsEndpoint, context, '/api/v1/deployments?subject=deployment-prk-kursk-oblast', {});
    expect(subject.status).toBe(400);
  });
});
