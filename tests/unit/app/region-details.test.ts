import { describe, expect, it } from 'vitest';
import { messagesFor } from '@/lib/i18n/messages';
import { regionDetails } from '@/lib/regions/region-details';
import { FIXTURE_REGIONS } from '../../fixtures/regions';

const byId = new Map(FIXTURE_REGIONS.map((region) => [region.id, region]));
const lookup = (id: string) => byId.get(id);
const region = (id: string) => {
  const found = byId.get(id);
  if (!found) throw new Error(`fixture ${id} missing`);
  return found;
};

describe('regionDetails', () => {
  it('names a province, its local name, type and country in the UI language', () => {
    expect(regionDetails(region('RU-KRS'), lookup, 'en', messagesFor('en'))).toEqual({
      id: 'RU-KRS',
      name: 'Kursk',
      localName: 'Курская область',
      type: 'Oblast',
      countryName: 'Russia',
      occupation: null,
    });
    const ko = regionDetails(region('RU-KRS'), lookup, 'ko', messagesFor('ko'));
    expect(ko.name).toBe('쿠르스크 주');
    expect(ko.countryName).toBe('러시아');
    expect(ko.type).toBe('주');
    expect(regionDetails(region('RU-KRS'), lookup, 'uk', messagesFor('uk')).type).toBe('область');
  });

  it('omits the local name when it is the same as the shown name', () => {
    expect(regionDetails(region('RU-KRS'), lookup, 'ru', messagesFor('ru')).localName).toBeNull();
  });

  it('says Crimea is Ukraine\'s and occupied by Russia since 2014', () => {
    const details = regionDetails(region('UA-43'), lookup, 'en', messagesFor('en'));
    expect(details.countryName).toBe('Ukraine');
    expect(details.occupation).toContain('Occupied by Russia since 2014');
  });

  it('gives a country the type "Country" and no parent country', () => {
    const details = regionDetails(region('UKR'), lookup, 'en', messagesFor('en'));
    expect(details.type).toBe('Country');
    expect(details.countryName).toBeNull();
  });
});
