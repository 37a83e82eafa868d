import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState } from '@/lib/url-state';
import { serializeUrlState } from '@/lib/url-state-query';

describe('parseUrlState', () => {
  it('leaves the language unchosen and the theme automatic by default', () => {
    expect(DEFAULT_URL_STATE.lang).toBeNull();
    expect(DEFAULT_URL_STATE.theme).toBe('auto');
  });

  it('reads a province, a language and a theme', () => {
    const { state, problems } = parseUrlState(new URLSearchParams('region=RU-KRS&lang=ko&theme=dark'));
    expect(state).toEqual({ ...DEFAULT_URL_STATE, region: 'RU-KRS', lang: 'ko', theme: 'dark' });
    expect(problems).toEqual([]);
  });

  it('reads a country id and a camera', () => {
    const { state } = parseUrlState({ region: 'UKR', center: '36.2,51.7', zoom: '6.5' });
    expect(state.region).toBe('UKR');
    expect(state.center).toEqual([36.2, 51.7]);
    expect(state.zoom).toBe(6.5);
  });

  it.each([
    ['XX-NOPE'],
    ['ru-krs'],
    ['<script>alert(1)</script>'],
    ['RU-KRS '],
    [''],
    ['../etc/passwd'],
  ])('falls back to no selection for the malformed region %j and names the problem', (value) => {
    const { state, problems } = parseUrlState({ region: value });
    expect(state.region).toBeNull();
    expect(problems).toEqual([{ param: 'region', reason: 'malformed' }]);
  });

  it('reads a movement or deployment id and refuses one of the wrong kind', () => {
    expect(parseUrlState({ movement: 'movement-2024-10-sea-transport' }).state.movement).toBe('movement-2024-10-sea-transport');
    const { state, problems } = parseUrlState({ deployment: 'movement-2024-10-sea-transport' });
    expect(state.deployment).toBeNull();
    expect(problems).toEqual([{ param: 'deployment', reason: 'malformed' }]);
  });

  it('reads the day and the feed filters, and refuses impossible days and unknown stances', () => {
    const { state } = parseUrlState({ asOf: '2025-04-30', party: 'ukr', status: 'contested', from: '2024-10-01', q: 'Kursk' });
    expect(state).toMatchObject({ asOf: '2025-04-30', party: 'ukr', status: 'contested', from: '2024-10-01', q: 'Kursk' });
    const bad = parseUrlState({ asOf: '2025-02-30', stance: 'shrugs', q: 'x'.repeat(201), party: 'KOR' });
    expect(bad.state).toMatchObject({ asOf: null, stance: null, q: null, party: null });
    expect(bad.problems.map((problem) => problem.param).sort()).toEqual(['asOf', 'party', 'q', 'stance']);
  });

  it('treats a repeated parameter as a problem rather than picking one', () => {
    const { state, problems } = parseUrlState(new URLSearchParams('region=RU-KRS&region=UKR'));
    expect(state.region).toBeNull();
    expect(problems).toEqual([{ param: 'region', reason: 'repeated' }]);
  });

  it('falls back on an unsupported language or theme, an out-of-range centre and a silly zoom', () => {
    const { state, problems } = parseUrlState({ lang: 'fr', theme: 'sepia', center: '500,10', zoom: '99' });
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(problems.map((problem) => problem.param).sort()).toEqual(['center', 'lang', 'theme', 'zoom']);
  });

  it('ignores parameters it does not declare', () => {
    expect(parseUrlState({ utm_source: 'newsletter' })).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips through parseUrlState', () => {
    const state = {
      region: 'RU-PRI',
      movement: null,
      deployment: 'deployment-prk-kursk-oblast',
      claim: null,
      asOf: '2024-12-31',
      party: 'kor',
      claimant: null,
      actor: null,
      stance: 'denies' as const,
      status: null,
      from: null,
      to: null,
      q: '쿠르스크',
      lens: 'kor',
      lens2: 'rus',
      lang: 'uk' as const,
      theme: 'dark' as const,
      center: [131.9, 43.1] as [number, number],
      zoom: 5.25,
    };
    const query = serializeUrlState(state);
    expect(query).toBe(
      '?region=RU-PRI&deployment=deployment-prk-kursk-oblast&asOf=2024-12-31&party=kor&stance=denies&q=%EC%BF%A0%EB%A5%B4%EC%8A%A4%ED%81%AC&lens=kor&lens2=rus&lang=uk&theme=dark&center=131.9%2C43.1&zoom=5.25',
    );
    expect(parseUrlState(new URLSearchParams(query.slice(1))).state).toEqual(state);
  });

  it('rounds the camera so links stay short', () => {
    const query = serializeUrlState({ ...DEFAULT_URL_STATE, center: [36.123456789, 51.987654321], zoom: 6.123456 });
    expect(query).toBe('?center=36.1235%2C51.9877&zoom=6.12');
  });
});
