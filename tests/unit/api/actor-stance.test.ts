import { describe, expect, it } from 'vitest';
import type { ClaimView } from '@/lib/api/claim-view';
import { actorStances } from '@/lib/claims/actor-stance';

const names = (en: string) => ({ en, ko: en, uk: en, ru: en });
const claim = (id: string, day: string, stance: ClaimView['stance'], subjects: ClaimView['subjects']): ClaimView =>
  ({ id, date: { precision: 'day', value: day }, stance, subjects }) as unknown as ClaimView;
const movement = { kind: 'movement', id: 'm1', names: names('Sea transport'), status: 'contested' } as const;
const deployment = { kind: 'deployment', id: 'd1', names: names('Kursk'), status: 'confirmed' } as const;

describe('actorStances', () => {
  // As the API lists an actor's claims: newest first.
  const stances = actorStances([
    claim('c3', '2025-04-28', 'confirms', [deployment]),
    claim('c2', '2024-11-01', 'asserts', [movement, deployment]),
    claim('c1', '2024-10-18', 'asserts', [movement]),
    claim('c0', '2024-10-01', 'comments', [{ kind: 'topic', topic: { en: 'Ties', ko: '관계' } }]),
  ]);

  it('groups the claims by subject, with each stance and date oldest first', () => {
    const kursk = stances.find((stance) => stance.key === 'deployment:d1');
    expect(kursk?.entries.map((entry) => [entry.claim, entry.stance, entry.date.value])).toEqual([
      ['c2', 'asserts', '2024-11-01'],
      ['c3', 'confirms', '2025-04-28'],
    ]);
    expect(stances.find((stance) => stance.key === 'movement:m1')?.entries.map((entry) => entry.claim)).toEqual(['c1', 'c2']);
  });

  it('orders subjects by their newest claim, newest first, topics included', () => {
    expect(stances.map((stance) => stance.key)).toEqual(['deployment:d1', 'movement:m1', 'topic:Ties']);
  });

  it('keeps the subject names to show', () => {
    expect(stances[0]?.subject).toEqual({ kind: 'deployment', id: 'd1', names: names('Kursk') });
  });
});
