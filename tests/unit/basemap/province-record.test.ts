import { describe, expect, it } from 'vitest';
import { readProvince, type Admin1Properties } from '@/lib/basemap/province-record';

const base: Admin1Properties = {
  iso_3166_2: 'RU-KRS',
  adm0_a3: 'RUS',
  name_en: 'Kursk',
  name_ko: '쿠르스크',
  name_ru: 'Курская область',
  name_uk: 'Курська область',
  name_local: 'Курская область',
  type_en: 'Region',
  latitude: 51.7358,
  longitude: 36.2921,
};

describe('readProvince', () => {
  it('reads a province: code, country, names, type, label point', () => {
    const reading = readProvince(base);
    expect(reading.ok && reading.record).toEqual({
      id: 'RU-KRS',
      kind: 'province',
      country: 'RUS',
      names: { en: 'Kursk', ko: '쿠르스크', ru: 'Курская область', uk: 'Курська область', local: 'Курская область' },
      type: 'Oblast',
      label: [36.2921, 51.7358],
      occupation: null,
    });
  });

  it('calls Russian and Ukrainian units by the names readers know (Oblast, Krai), other countries by Natural Earth\'s', () => {
    const krai = readProvince({ ...base, iso_3166_2: 'RU-PRI', type_en: 'Territory' });
    const okrug = readProvince({ ...base, iso_3166_2: 'RU-CHU', type_en: 'Autonomous Province' });
    const ukrainian = readProvince({ ...base, iso_3166_2: 'UA-59', type_en: 'Region' });
    const korean = readProvince({ ...base, iso_3166_2: 'KR-41', type_en: 'Province' });
    expect([krai, okrug, ukrainian, korean].map((reading) => reading.ok && reading.record.type)).toEqual([
      'Krai',
      'Autonomous Okrug',
      'Oblast',
      'Province',
    ]);
  });

  it('files Crimea, which Natural Earth puts under RUS, under Ukraine with an occupation note', () => {
    const reading = readProvince({
      ...base,
      iso_3166_2: 'UA-43',
      adm0_a3: 'RUS',
      name_en: 'Autonomous Republic of Crimea',
      type_en: 'Autonomous Republic',
      name_uk: 'Автономна Республіка Крим',
    });
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.record.country).toBe('UKR');
    expect(reading.record.occupation).toEqual({ by: 'RUS', since: '2014' });
    expect(reading.record.names.local).toBe('Автономна Республіка Крим');
    expect(reading.notes.join(' ')).toContain('adm0_a3 RUS -> UKR');
  });

  it('puts the ISO codes of Moscow city and Moscow Oblast right', () => {
    const city = readProvince({ ...base, iso_3166_2: 'RU-MOS', name_en: 'Moscow', name_ru: 'Москва' });
    const oblast = readProvince({ ...base, iso_3166_2: 'RU-MOW', name_en: 'Moscow', name_ru: 'Московская область' });
    expect(city.ok && city.record.id).toBe('RU-MOW');
    expect(oblast.ok && oblast.record.id).toBe('RU-MOS');
    expect(oblast.ok && oblast.record.names.en).toBe('Moscow Oblast');
  });

  it('drops a feature without a valid ISO 3166-2 code, saying why', () => {
    const reading = readProvince({ ...base, iso_3166_2: 'RU-X01~', name_en: '', name_ko: '' });
    expect(reading).toMatchObject({ ok: false, sourceCode: 'RU-X01~' });
  });

  it('drops a feature with a missing name or type', () => {
    expect(readProvince({ ...base, name_ko: '' })).toMatchObject({ ok: false, reason: 'no name_ko' });
    expect(readProvince({ ...base, iso_3166_2: 'RU-BEL', type_en: '' })).toMatchObject({ ok: false, reason: 'no type_en' });
  });
});
