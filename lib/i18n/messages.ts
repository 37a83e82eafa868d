import type { Lang } from '@/lib/basemap/region-schema';

/** The UI strings, by language. English and Korean are complete; Ukrainian and Russian cover the same keys. */
export type Messages = {
  appTitle: string;
  tagline: string;
  mapLabel: string;
  mapUnavailable: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchNoMatch: string;
  close: string;
  closePanel: string;
  panelLabel: string;
  localName: string;
  type: string;
  country: string;
  countryType: string;
  occupied: (occupier: string, since: string) => string;
  claimsHeading: string;
  claimsPending: string;
  unknownRegion: string;
  badLink: string;
  dismiss: string;
};

const en: Messages = {
  appTitle: 'Claims Atlas',
  tagline: 'North Korean troops in Russia, 2024-2025: who claimed what, where, and on which sources.',
  mapLabel: 'Map of Ukraine, Russia and the Korean peninsula',
  mapUnavailable: 'The map could not start in this browser (it needs WebGL). Search still opens every region.',
  searchLabel: 'Find a country or province',
  searchPlaceholder: 'Search regions, e.g. Kursk',
  searchNoMatch: 'No region matches.',
  close: 'Close',
  closePanel: 'Close region details',
  panelLabel: 'Region details',
  localName: 'Local name',
  type: 'Type',
  country: 'Country',
  countryType: 'Country',
  occupied: (occupier, since) => `Occupied by ${occupier} since ${since}; part of Ukraine under international law.`,
  claimsHeading: 'Claims about this region',
  claimsPending: 'Sourced claims concerning this region will be listed here.',
  unknownRegion: 'That link names a region this map does not have, so the whole map is shown.',
  badLink: 'Part of that link could not be read, so defaults are shown.',
  dismiss: 'Dismiss',
};

const ko: Messages = {
  appTitle: '클레임 아틀라스',
  tagline: '러시아에 파병된 북한군, 2024-2025: 누가 어디에서 무엇을 주장했고, 그 출처는 무엇인가.',
  mapLabel: '우크라이나, 러시아, 한반도 지도',
  mapUnavailable: '이 브라우저에서는 지도를 시작할 수 없습니다(WebGL 필요). 검색으로 모든 지역을 열 수 있습니다.',
  searchLabel: '국가 또는 지역 찾기',
  searchPlaceholder: '지역 검색, 예: 쿠르스크',
  searchNoMatch: '일치하는 지역이 없습니다.',
  close: '닫기',
  closePanel: '지역 정보 닫기',
  panelLabel: '지역 정보',
  localName: '현지 이름',
  type: '유형',
  country: '국가',
  countryType: '국가',
  occupied: (occupier, since) => `${since}년부터 ${occupier}이(가) 점령; 국제법상 우크라이나 영토.`,
  claimsHeading: '이 지역에 관한 주장',
  claimsPending: '이 지역에 관한 출처가 있는 주장이 여기에 표시됩니다.',
  unknownRegion: '링크에 있는 지역을 이 지도에서 찾을 수 없어 전체 지도를 표시합니다.',
  badLink: '링크의 일부를 읽을 수 없어 기본값을 표시합니다.',
  dismiss: '닫기',
};

const uk: Messages = {
  appTitle: 'Атлас заяв',
  tagline: 'Північнокорейські війська в Росії, 2024-2025: хто що заявляв, де і з якими джерелами.',
  mapLabel: 'Карта України, Росії та Корейського півострова',
  mapUnavailable: 'Карта не запустилася в цьому браузері (потрібен WebGL). Пошук і далі відкриває кожен регіон.',
  searchLabel: 'Знайти країну або регіон',
  searchPlaceholder: 'Пошук регіонів, напр. Курськ',
  searchNoMatch: 'Немає відповідних регіонів.',
  close: 'Закрити',
  closePanel: 'Закрити відомості про регіон',
  panelLabel: 'Відомості про регіон',
  localName: 'Місцева назва',
  type: 'Тип',
  country: 'Країна',
  countryType: 'Країна',
  occupied: (occupier, since) => `Окупований: ${occupier}, з ${since} р.; за міжнародним правом частина України.`,
  claimsHeading: 'Заяви щодо цього регіону',
  claimsPending: 'Тут будуть заяви щодо цього регіону з джерелами.',
  unknownRegion: 'Посилання вказує на регіон, якого немає на цій карті, тому показано всю карту.',
  badLink: 'Частину посилання не вдалося прочитати, тому показано типові налаштування.',
  dismiss: 'Закрити',
};

const ru: Messages = {
  appTitle: 'Атлас заявлений',
  tagline: 'Северокорейские войска в России, 2024-2025: кто что заявлял, где и на каких источниках.',
  mapLabel: 'Карта Украины, России и Корейского полуострова',
  mapUnavailable: 'Карта не запустилась в этом браузере (нужен WebGL). Поиск по-прежнему открывает любой регион.',
  searchLabel: 'Найти страну или регион',
  searchPlaceholder: 'Поиск регионов, напр. Курск',
  searchNoMatch: 'Нет подходящих регионов.',
  close: 'Закрыть',
  closePanel: 'Закрыть сведения о регионе',
  panelLabel: 'Сведения о регионе',
  localName: 'Местное название',
  type: 'Тип',
  country: 'Страна',
  countryType: 'Страна',
  occupied: (occupier, since) => `Оккупирован: ${occupier}, с ${since} г.; по международному праву часть Украины.`,
  claimsHeading: 'Заявления об этом регионе',
  claimsPending: 'Здесь будут заявления об этом регионе с источниками.',
  unknownRegion: 'Ссылка указывает на регион, которого нет на этой карте, поэтому показана вся карта.',
  badLink: 'Часть ссылки не удалось прочитать, поэтому показаны настройки по умолчанию.',
  dismiss: 'Закрыть',
};

const MESSAGES: Record<Lang, Messages> = { en, ko, uk, ru };

/** The UI strings for a language. */
export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
