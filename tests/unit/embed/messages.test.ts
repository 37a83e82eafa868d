import { describe, expect, it } from 'vitest';
import { acceptCommand, AmpHeightSchema, DatawrapperHeightSchema, parseCommandOrigins, SelectMessageSchema } from '@/lib/embed/messages';
import { heightMessages, selectionOf, selectionPatch, selectMessage } from '@/lib/embed/protocol';
import { DEFAULT_URL_STATE } from '@/lib/url-state';

describe('height messages', () => {
  it('come in the Datawrapper and the AMP forms, in whole pixels', () => {
    const [datawrapper, amp] = heightMessages('story-1', 612.2);
    expect(datawrapper).toEqual({ 'datawrapper-height': { 'story-1': 613 } });
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 613 });
    expect(DatawrapperHeightSchema.parse(datawrapper)).toEqual(datawrapper);
    expect(AmpHeightSchema.parse(amp)).toEqual(amp);
  });
});

describe('selection messages', () => {
  it('name the kind and the id of what is selected', () => {
    expect(selectionOf({ ...DEFAULT_URL_STATE, region: 'RU-KRS' })).toEqual({ kind: 'region', target: 'RU-KRS' });
    expect(selectionOf({ ...DEFAULT_URL_STATE, claim: 'claim-a' })).toEqual({ kind: 'claim', target: 'claim-a' });
    expect(selectionOf({ ...DEFAULT_URL_STATE, actor: 'kor-nis' })).toEqual({ kind: 'actor', target: 'kor-nis' });
    expect(selectionOf(DEFAULT_URL_STATE)).toBeNull();
    const message = selectMessage('m', { kind: 'movement', target: 'movement-x' });
    expect(message).toEqual({ type: 'claims-atlas:select', id: 'm', kind: 'movement', target: 'movement-x' });
    expect(SelectMessageSchema.parse(message)).toEqual(message);
  });

  it('say null and null when the selection is cleared', () => {
    expect(selectMessage('m', null)).toEqual({ type: 'claims-atlas:select', id: 'm', kind: null, target: null });
  });
});

describe('selectionPatch', () => {
  it('selects one thing and clears the others; a region lets the map frame it', () => {
    expect(selectionPatch({ kind: 'region', target: 'RU-PRI' })).toEqual({
      region: 'RU-PRI', movement: null, deployment: null, claim: null, actor: null, center: null, zoom: null,
    });
    expect(selectionPatch({ kind: 'deployment', target: 'deployment-x' })).toEqual({
      region: null, movement: null, deployment: 'deployment-x', claim: null, actor: null,
    });
    expect(selectionPatch(null)).toEqual({ region: null, movement: null, deployment: null, claim: null, actor: null });
  });
});

describe('parseCommandOrigins', () => {
  it('keeps exact http(s) origins and drops everything else', () => {
    expect(parseCommandOrigins('https://News.example  http://localhost:8080/ https://a.example/path * https://*.x.example javascript:alert(1) ftp://f.example')).toEqual([
      'https://news.example',
      'http://localhost:8080',
    ]);
    expect(parseCommandOrigins(undefined)).toEqual([]);
    expect(parseCommandOrigins('')).toEqual([]);
  });
});

describe('acceptCommand', () => {
  const parent = { name: 'parent window' };
  const context = { parent, allowedOrigins: ['https://host.example'], id: 'map1' };
  const good = { type: 'claims-atlas:command', select: { kind: 'region', target: 'RU-KRS' } };

  it('accepts a well-formed command from the parent at an allowed origin', () => {
    expect(acceptCommand({ origin: 'https://host.example', source: parent, data: good }, context)).toEqual(good);
    const asOf = { type: 'claims-atlas:command', asOf: '2024-11-05', id: 'map1' };
    expect(acceptCommand({ origin: 'https://host.example', source: parent, data: asOf }, context)).toEqual(asOf);
    const clear = { type: 'claims-atlas:command', select: null, asOf: null };
    expect(acceptCommand({ origin: 'https://host.example', source: parent, data: clear }, context)).toEqual(clear);
  });

  it('ignores another origin, another window, or no origin list at all', () => {
    expect(acceptCommand({ origin: 'https://evil.example', source: parent, data: good }, context)).toBeNull();
    expect(acceptCommand({ origin: 'https://host.example', source: { other: true }, data: good }, context)).toBeNull();
    expect(acceptCommand({ origin: 'https://host.example', source: null, data: good }, { ...context, parent: null })).toBeNull();
    expect(acceptCommand({ origin: 'https://host.example', source: parent, data: good }, { ...context, allowedOrigins: [] })).toBeNull();
  });

  it.each([
    ['a string', 'claims-atlas:command'],
    ['no action', { type: 'claims-atlas:command' }],
    ['another type', { ...good, type: 'claims-atlas:select' }],
    ['an extra field', { ...good, run: 'alert(1)' }],
    ['a bad region', { type: 'claims-atlas:command', select: { kind: 'region', target: '<img>' } }],
    ['a kind mismatch', { type: 'claims-atlas:command', select: { kind: 'claim', target: 'movement-x' } }],
    ['an unknown kind', { type: 'claims-atlas:command', select: { kind: 'place', target: 'seoul' } }],
    ['a bad day', { type: 'claims-atlas:command', asOf: '2024-02-30' }],
    ['another embed', { ...good, id: 'map2' }],
  ])('ignores a command with %s', (_label, data) => {
    expect(acceptCommand({ origin: 'https://host.example', source: parent, data }, context)).toBeNull();
  });
});
