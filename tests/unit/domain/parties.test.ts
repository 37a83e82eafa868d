import { describe, expect, it } from 'vitest';
import { ancestryOf, descendantsOf, isParty, partiesOf, partyOf } from '@/lib/domain/parties';
import type { Actor } from '@/lib/domain/schemas';
import { actors } from '../../fixtures/claims-model/stances';

describe('parties', () => {
  it('resolves a child actor to its top-level ancestor', () => {
    expect(partyOf('x-spokesman', actors)).toBe('x');
    expect(partyOf('act-agency', actors)).toBe('act');
  });

  it('treats a party as its own party', () => {
    expect(partyOf('y', actors)).toBe('y');
    expect(isParty(actors.get('y') as Actor)).toBe(true);
    expect(isParty(actors.get('x-office') as Actor)).toBe(false);
  });

  it('lists the chain from an actor up to its party', () => {
    expect(ancestryOf('x-spokesman', actors).map((actor) => actor.id)).toEqual(['x-spokesman', 'x-office', 'x']);
  });

  it('gives a joint statement one party per government, without repeats', () => {
    expect(partiesOf(['x-spokesman', 'act-agency', 'x'], actors)).toEqual(['x', 'act']);
  });

  it('finds every actor under a party', () => {
    expect(descendantsOf('x', actors).sort()).toEqual(['x', 'x-office', 'x-spokesman']);
    expect(descendantsOf('z', actors)).toEqual(['z']);
  });

  it('throws on an unknown actor and on a parent cycle', () => {
    expect(() => partyOf('nobody', actors)).toThrow('actor nobody is unknown');
    const looped = new Map(actors);
    looped.set('y', { ...(actors.get('y') as Actor), parent: 'z' });
    looped.set('z', { ...(actors.get('z') as Actor), parent: 'y' });
    expect(() => partyOf('y', looped)).toThrow('cycle');
  });
});
