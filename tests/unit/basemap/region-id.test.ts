import { describe, expect, it } from 'vitest';
import { countryOfProvince, isCountryId, isProvinceId, parseRegionId } from '@/lib/basemap/region-id';

describe('parseRegionId', () => {
  it('accepts country ids (ISO 3166-1 alpha-3)', () => {
    expect(parseRegionId('RUS')).toBe('RUS');
    expect(parseRegionId('KOR')).toBe('KOR');
  });

  it('accepts province ids (ISO 3166-2)', () => {
    for (const id of ['RU-KRS', 'RU-PRI', 'UA-43', 'UA-40', 'KP-01', 'KR-11']) expect(parseRegionId(id)).toBe(id);
  });

  it('rejects ids that are not in the exact canonical form', () => {
    for (const input of ['rus', 'Rus', ' RUS', 'RUS ', 'RU', 'RUSS', 'ru-krs', 'RU_KRS', 'RU-', 'RU-KRSK', 'RU-X01~', 'R-KRS', '']) {
      expect(parseRegionId(input)).toBeNull();
    }
  });

  it('returns null for input that is not a string, without throwing', () => {
    for (const input of [undefined, null, 42, {}, [], ['RUS'], true, Symbol('RUS'), () => 'RUS', new String('RUS')]) {
      expect(parseRegionId(input)).toBeNull();
    }
  });
});

describe('region id helpers', () => {
  it('tells countries from provinces', () => {
    expect(isCountryId('UKR')).toBe(true);
    expect(isCountryId('UA-43')).toBe(false);
    expect(isProvinceId('UA-43')).toBe(true);
    expect(isProvinceId('UKR')).toBe(false);
    expect(isProvinceId(43)).toBe(false);
  });

  it('gives a province the country of its ISO 3166-2 prefix, so Crimea is Ukraine', () => {
    expect(countryOfProvince('UA-43')).toBe('UKR');
    expect(countryOfProvince('UA-40')).toBe('UKR');
    expect(countryOfProvince('RU-KRS')).toBe('RUS');
    expect(countryOfProvince('KP-01')).toBe('PRK');
    expect(countryOfProvince('KR-11')).toBe('KOR');
  });

  it('has no country for provinces outside the basemap or malformed ids', () => {
    expect(countryOfProvince('FR-75')).toBeNull();
    expect(countryOfProvince('RUS')).toBeNull();
    expect(countryOfProvince('RU-X01~')).toBeNull();
  });
});
