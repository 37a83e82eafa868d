import type { Lang } from '@/lib/basemap/region-schema';
import type { Stance } from '@/lib/domain/schemas';
import type { SubjectStatus } from '@/lib/domain/status';

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
  unknownSelection: string;
  badLink: string;
  dismiss: string;
  stance: Record<Stance, string>;
  status: Record<SubjectStatus, string>;
  sources: (count: number) => string;
  titleNotShown: string;
  dateNotShown: string;
  via: (agency: string) => string;
  archived: string;
  opensInNewTab: string;
  translatedQuote: string;
  summaryInEnglish: string;
  claimCount: (count: number) => string;
  byParty: string;
  byStance: string;
  movementsHeading: string;
  deploymentsHeading: string;
  direction: Record<'in' | 'out' | 'within' | 'through', string>;
  noClaims: string;
  loadFailed: string;
  retry: string;
  latestChange: (date: string) => string;
  latestEstimate: string;
  subjectPanelLabel: string;
  closeSubject: string;
  statusAsOf: (date: string) => string;
  whyHeading: string;
  actingParty: string;
  estimatesHeading: string;
  estimateTable: { date: string; who: string; figure: string };
  claimsAboutSubject: string;
  legend: string;
  legendMovement: string;
  legendDeployment: string;
  timeline: string;
  knownAsOf: (date: string) => string;
  play: string;
  pause: string;
  speed: string;
  latest: string;
  feedHeading: string;
  feedCount: (shown: number, total: number) => string;
  filters: string;
  anyParty: string;
  party: string;
  stanceLabel: string;
  anyStance: string;
  statusLabel: string;
  anyStatus: string;
  fromLabel: string;
  toLabel: string;
  searchClaims: string;
  clearFilters: string;
  showMore: string;
  noMatchingClaims: string;
  openFeed: string;
  closeFeed: string;
  openClaim: string;
  claimPanelLabel: string;
  closeClaim: string;
  claimBy: (claimants: string) => string;
  aboutHeading: string;
  relationsHeading: string;
  relation: Record<'supports' | 'contradicts' | 'denies' | 'updates' | 'retracts', string>;
  relatedBy: Record<'supports' | 'contradicts' | 'denies' | 'updates' | 'retracts', string>;
  share: string;
  linkCopied: string;
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
  unknownSelection: 'That link names a region or item this map does not have, so the whole map is shown.',
  badLink: 'Part of that link could not be read, so defaults are shown.',
  dismiss: 'Dismiss',
  stance: { asserts: 'Asserts', denies: 'Denies', confirms: 'Confirms', disputes: 'Disputes', retracts: 'Retracts', comments: 'Comments' },
  status: {
    confirmed: 'Confirmed',
    retracted: 'Retracted',
    contested: 'Contested',
    corroborated: 'Corroborated',
    reported: 'Reported',
    unreported: 'Not yet reported',
  },
  sources: (count) => (count === 1 ? '1 source' : `${count} sources`),
  titleNotShown: 'title not shown',
  dateNotShown: 'date not shown',
  via: (agency) => `via ${agency}`,
  archived: 'archived copy',
  opensInNewTab: '(opens in a new tab)',
  translatedQuote: 'translated',
  summaryInEnglish: 'Summary in English',
  claimCount: (count) => (count === 1 ? '1 claim' : `${count} claims`),
  byParty: 'Claims by party',
  byStance: 'Claims by stance',
  movementsHeading: 'Reported movements',
  deploymentsHeading: 'Reported deployments',
  direction: { in: 'into the region', out: 'out of the region', within: 'within the region', through: 'through the region' },
  noClaims: 'No claim concerning this region has been recorded by this date.',
  loadFailed: 'The claims could not be loaded.',
  retry: 'Try again',
  latestChange: (date) => `Latest change: ${date}`,
  latestEstimate: 'latest estimate',
  subjectPanelLabel: 'Movement or deployment details',
  closeSubject: 'Close details',
  statusAsOf: (date) => `Status as of ${date}`,
  whyHeading: 'Who says what',
  actingParty: 'acting party: its own word settles it',
  estimatesHeading: 'Strength estimates over time',
  estimateTable: { date: 'Date', who: 'Who', figure: 'Estimate' },
  claimsAboutSubject: 'Claims',
  legend: 'Legend',
  legendMovement: 'Reported movement, in its direction',
  legendDeployment: 'Reported deployment; area follows the latest estimate',
  timeline: 'What was known on a date',
  knownAsOf: (date) => `Known as of ${date}`,
  play: 'Replay day by day',
  pause: 'Pause replay',
  speed: 'Replay speed',
  latest: 'Latest',
  feedHeading: 'Claims',
  feedCount: (shown, total) => `${shown} of ${total}`,
  filters: 'Filter claims',
  anyParty: 'Any party',
  party: 'Party',
  stanceLabel: 'Stance',
  anyStance: 'Any stance',
  statusLabel: 'Status of what it is about',
  anyStatus: 'Any status',
  fromLabel: 'From',
  toLabel: 'To',
  searchClaims: 'Words in claims',
  clearFilters: 'Clear filters',
  showMore: 'Show more claims',
  noMatchingClaims: 'No claim matches these filters by this date.',
  openFeed: 'Claims list',
  closeFeed: 'Close claims list',
  openClaim: 'Open claim',
  claimPanelLabel: 'Claim details',
  closeClaim: 'Close claim',
  claimBy: (claimants) => `Claim by ${claimants}`,
  aboutHeading: 'What it is about',
  relationsHeading: 'Related claims',
  relation: { supports: 'Supports', contradicts: 'Contradicts', denies: 'Denies', updates: 'Updates', retracts: 'Retracts' },
  relatedBy: { supports: 'Supported by', contradicts: 'Contradicted by', denies: 'Denied by', updates: 'Updated by', retracts: 'Retracted by' },
  share: 'Share',
  linkCopied: 'Link copied',
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
  unknownSelection: '링크에 있는 지역이나 항목을 이 지도에서 찾을 수 없어 전체 지도를 표시합니다.',
  badLink: '링크의 일부를 읽을 수 없어 기본값을 표시합니다.',
  dismiss: '닫기',
  stance: { asserts: '주장', denies: '부인', confirms: '확인', disputes: '반박', retracts: '철회', comments: '논평' },
  status: {
    confirmed: '확인됨',
    retracted: '철회됨',
    contested: '논란',
    corroborated: '복수 확인',
    reported: '보도됨',
    unreported: '아직 보도 없음',
  },
  sources: (count) => `출처 ${count}건`,
  titleNotShown: '제목 표시 없음',
  dateNotShown: '날짜 표시 없음',
  via: (agency) => `${agency} 제공`,
  archived: '보관본',
  opensInNewTab: '(새 탭에서 열림)',
  translatedQuote: '번역',
  summaryInEnglish: '영어 요약',
  claimCount: (count) => `주장 ${count}건`,
  byParty: '당사자별 주장',
  byStance: '입장별 주장',
  movementsHeading: '보도된 이동',
  deploymentsHeading: '보도된 배치',
  direction: { in: '지역으로 들어옴', out: '지역에서 나감', within: '지역 안', through: '지역 통과' },
  noClaims: '이 날짜까지 이 지역에 관해 기록된 주장이 없습니다.',
  loadFailed: '주장을 불러오지 못했습니다.',
  retry: '다시 시도',
  latestChange: (date) => `최근 변경: ${date}`,
  latestEstimate: '최신 추정',
  subjectPanelLabel: '이동 또는 배치 정보',
  closeSubject: '정보 닫기',
  statusAsOf: (date) => `${date} 기준 상태`,
  whyHeading: '누가 무엇을 말했나',
  actingParty: '당사국: 그 발언이 사실을 확정함',
  estimatesHeading: '시기별 병력 추정',
  estimateTable: { date: '날짜', who: '주체', figure: '추정' },
  claimsAboutSubject: '주장',
  legend: '범례',
  legendMovement: '보도된 이동(화살표 방향)',
  legendDeployment: '보도된 배치; 면적은 최신 추정치에 비례',
  timeline: '날짜별로 알려진 것',
  knownAsOf: (date) => `${date} 기준으로 알려진 내용`,
  play: '하루씩 재생',
  pause: '재생 일시정지',
  speed: '재생 속도',
  latest: '최신',
  feedHeading: '주장',
  feedCount: (shown, total) => `${total}건 중 ${shown}건`,
  filters: '주장 필터',
  anyParty: '모든 당사자',
  party: '당사자',
  stanceLabel: '입장',
  anyStance: '모든 입장',
  statusLabel: '대상의 상태',
  anyStatus: '모든 상태',
  fromLabel: '시작',
  toLabel: '끝',
  searchClaims: '주장 검색어',
  clearFilters: '필터 지우기',
  showMore: '주장 더 보기',
  noMatchingClaims: '이 날짜까지 이 필터에 맞는 주장이 없습니다.',
  openFeed: '주장 목록',
  closeFeed: '주장 목록 닫기',
  openClaim: '주장 열기',
  claimPanelLabel: '주장 정보',
  closeClaim: '주장 닫기',
  claimBy: (claimants) => `${claimants}의 주장`,
  aboutHeading: '대상',
  relationsHeading: '관련 주장',
  relation: { supports: '뒷받침', contradicts: '상충', denies: '부인', updates: '갱신', retracts: '철회' },
  relatedBy: { supports: '뒷받침하는 주장', contradicts: '상충하는 주장', denies: '부인하는 주장', updates: '갱신하는 주장', retracts: '철회하는 주장' },
  share: '공유',
  linkCopied: '링크를 복사했습니다',
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
  unknownSelection: 'Посилання вказує на регіон або об’єкт, якого немає на цій карті, тому показано всю карту.',
  badLink: 'Частину посилання не вдалося прочитати, тому показано типові налаштування.',
  dismiss: 'Закрити',
  stance: { asserts: 'Стверджує', denies: 'Заперечує', confirms: 'Підтверджує', disputes: 'Оскаржує', retracts: 'Відкликає', comments: 'Коментує' },
  status: {
    confirmed: 'Підтверджено',
    retracted: 'Відкликано',
    contested: 'Оскаржено',
    corroborated: 'Підкріплено',
    reported: 'Повідомлено',
    unreported: 'Ще не повідомлено',
  },
  sources: (count) => `Джерела: ${count}`,
  titleNotShown: 'заголовок не показано',
  dateNotShown: 'дату не показано',
  via: (agency) => `через ${agency}`,
  archived: 'архівна копія',
  opensInNewTab: '(відкривається в новій вкладці)',
  translatedQuote: 'переклад',
  summaryInEnglish: 'Резюме англійською',
  claimCount: (count) => `Заяви: ${count}`,
  byParty: 'Заяви за сторонами',
  byStance: 'Заяви за позицією',
  movementsHeading: 'Повідомлені переміщення',
  deploymentsHeading: 'Повідомлені розгортання',
  direction: { in: 'у регіон', out: 'з регіону', within: 'у межах регіону', through: 'через регіон' },
  noClaims: 'На цю дату заяв щодо цього регіону не записано.',
  loadFailed: 'Не вдалося завантажити заяви.',
  retry: 'Спробувати ще',
  latestChange: (date) => `Остання зміна: ${date}`,
  latestEstimate: 'остання оцінка',
  subjectPanelLabel: 'Відомості про переміщення або розгортання',
  closeSubject: 'Закрити відомості',
  statusAsOf: (date) => `Статус на ${date}`,
  whyHeading: 'Хто що стверджує',
  actingParty: 'безпосередня сторона: її слово вирішальне',
  estimatesHeading: 'Оцінки чисельності в часі',
  estimateTable: { date: 'Дата', who: 'Хто', figure: 'Оцінка' },
  claimsAboutSubject: 'Заяви',
  legend: 'Легенда',
  legendMovement: 'Повідомлене переміщення, у його напрямку',
  legendDeployment: 'Повідомлене розгортання; площа відповідає останній оцінці',
  timeline: 'Що було відомо на дату',
  knownAsOf: (date) => `Відомо на ${date}`,
  play: 'Відтворити день за днем',
  pause: 'Призупинити відтворення',
  speed: 'Швидкість відтворення',
  latest: 'Найновіше',
  feedHeading: 'Заяви',
  feedCount: (shown, total) => `${shown} з ${total}`,
  filters: 'Фільтр заяв',
  anyParty: 'Будь-яка сторона',
  party: 'Сторона',
  stanceLabel: 'Позиція',
  anyStance: 'Будь-яка позиція',
  statusLabel: 'Статус предмета заяви',
  anyStatus: 'Будь-який статус',
  fromLabel: 'Від',
  toLabel: 'До',
  searchClaims: 'Слова в заявах',
  clearFilters: 'Скинути фільтри',
  showMore: 'Показати більше заяв',
  noMatchingClaims: 'На цю дату жодна заява не відповідає фільтрам.',
  openFeed: 'Список заяв',
  closeFeed: 'Закрити список заяв',
  openClaim: 'Відкрити заяву',
  claimPanelLabel: 'Відомості про заяву',
  closeClaim: 'Закрити заяву',
  claimBy: (claimants) => `Заява: ${claimants}`,
  aboutHeading: 'Про що вона',
  relationsHeading: "Пов'язані заяви",
  relation: { supports: 'Підтримує', contradicts: 'Суперечить', denies: 'Заперечує', updates: 'Оновлює', retracts: 'Відкликає' },
  relatedBy: { supports: 'Підтримана', contradicts: 'Їй суперечить', denies: 'Заперечена', updates: 'Оновлена', retracts: 'Відкликана' },
  share: 'Поділитися',
  linkCopied: 'Посилання скопійовано',
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
  unknownSelection: 'Ссылка указывает на регион или объект, которого нет на этой карте, поэтому показана вся карта.',
  badLink: 'Часть ссылки не удалось прочитать, поэтому показаны настройки по умолчанию.',
  dismiss: 'Закрыть',
  stance: { asserts: 'Утверждает', denies: 'Отрицает', confirms: 'Подтверждает', disputes: 'Оспаривает', retracts: 'Отзывает', comments: 'Комментирует' },
  status: {
    confirmed: 'Подтверждено',
    retracted: 'Отозвано',
    contested: 'Оспаривается',
    corroborated: 'Подкреплено',
    reported: 'Сообщено',
    unreported: 'Ещё не сообщалось',
  },
  sources: (count) => `Источники: ${count}`,
  titleNotShown: 'заголовок не показан',
  dateNotShown: 'дата не показана',
  via: (agency) => `через ${agency}`,
  archived: 'архивная копия',
  opensInNewTab: '(откроется в новой вкладке)',
  translatedQuote: 'перевод',
  summaryInEnglish: 'Резюме на английском',
  claimCount: (count) => `Заявления: ${count}`,
  byParty: 'Заявления по сторонам',
  byStance: 'Заявления по позиции',
  movementsHeading: 'Сообщённые перемещения',
  deploymentsHeading: 'Сообщённые развёртывания',
  direction: { in: 'в регион', out: 'из региона', within: 'в пределах региона', through: 'через регион' },
  noClaims: 'На эту дату заявлений об этом регионе не записано.',
  loadFailed: 'Не удалось загрузить заявления.',
  retry: 'Повторить',
  latestChange: (date) => `Последнее изменение: ${date}`,
  latestEstimate: 'последняя оценка',
  subjectPanelLabel: 'Сведения о перемещении или развёртывании',
  closeSubject: 'Закрыть сведения',
  statusAsOf: (date) => `Статус на ${date}`,
  whyHeading: 'Кто что утверждает',
  actingParty: 'непосредственная сторона: её слово решающее',
  estimatesHeading: 'Оценки численности во времени',
  estimateTable: { date: 'Дата', who: 'Кто', figure: 'Оценка' },
  claimsAboutSubject: 'Заявления',
  legend: 'Легенда',
  legendMovement: 'Сообщённое перемещение, в его направлении',
  legendDeployment: 'Сообщённое развёртывание; площадь по последней оценке',
  timeline: 'Что было известно на дату',
  knownAsOf: (date) => `Известно на ${date}`,
  play: 'Воспроизвести по дням',
  pause: 'Приостановить воспроизведение',
  speed: 'Скорость воспроизведения',
  latest: 'Последнее',
  feedHeading: 'Заявления',
  feedCount: (shown, total) => `${shown} из ${total}`,
  filters: 'Фильтр заявлений',
  anyParty: 'Любая сторона',
  party: 'Сторона',
  stanceLabel: 'Позиция',
  anyStance: 'Любая позиция',
  statusLabel: 'Статус предмета заявления',
  anyStatus: 'Любой статус',
  fromLabel: 'С',
  toLabel: 'По',
  searchClaims: 'Слова в заявлениях',
  clearFilters: 'Сбросить фильтры',
  showMore: 'Показать больше заявлений',
  noMatchingClaims: 'На эту дату ни одно заявление не подходит под фильтры.',
  openFeed: 'Список заявлений',
  closeFeed: 'Закрыть список заявлений',
  openClaim: 'Открыть заявление',
  claimPanelLabel: 'Сведения о заявлении',
  closeClaim: 'Закрыть заявление',
  claimBy: (claimants) => `Заявление: ${claimants}`,
  aboutHeading: 'О чём оно',
  relationsHeading: 'Связанные заявления',
  relation: { supports: 'Поддерживает', contradicts: 'Противоречит', denies: 'Отрицает', updates: 'Обновляет', retracts: 'Отзывает' },
  relatedBy: { supports: 'Поддержано', contradicts: 'Ему противоречит', denies: 'Опровергнуто', updates: 'Обновлено', retracts: 'Отозвано' },
  share: 'Поделиться',
  linkCopied: 'Ссылка скопирована',
};

const MESSAGES: Record<Lang, Messages> = { en, ko, uk, ru };

/** The UI strings for a language. */
export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
