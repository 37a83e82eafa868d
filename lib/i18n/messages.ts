import type { Lang } from '@/lib/basemap/region-schema';
import type { Actor, Stance } from '@/lib/domain/schemas';
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
  /** The actor panel and layer, the estimate chart, the claimant filter and the mobile sheet. */
  dashboard: DashboardMessages;
  /** The claimant lens, the list of map items and the timeline's steps. */
  view: ViewMessages;
  /** The embed's chrome and the Share dialog (docs/embed.md). */
  embed: EmbedMessages;
};

/** Strings of the claimant lens, of the list of what the map draws, and of the timeline's step buttons. */
export type ViewMessages = {
  lensHeading: string;
  viewAs: string;
  everyone: string;
  compareWith: string;
  noComparison: string;
  lensCaption: (name: string) => string;
  lensNote: string;
  differences: string;
  onlyIn: (name: string) => string;
  both: string;
  noDifference: string;
  deniedBy: (parties: string) => string;
  emptyLens: string;
  legendDenied: string;
  mapItems: (count: number) => string;
  actorsHeading: string;
  regionsHint: string;
  previousDay: string;
  nextDay: string;
  loading: string;
  pan: Record<'group' | 'north' | 'west' | 'east' | 'south', string>;
};

/** Strings of the embed's chrome and of the Share dialog. */
export type EmbedMessages = {
  openFullMap: string;
  attribution: string;
  iframeTitle: string;
  gestureWindows: string;
  gestureMac: string;
  gestureMobile: string;
  dialogTitle: string;
  linkLabel: string;
  copyLink: string;
  embedHeading: string;
  optionLegend: string;
  optionTimeline: string;
  optionFeed: string;
  optionInteractive: string;
  optionResize: string;
  optionId: string;
  optionIdHint: string;
  preview: string;
  previewTitle: string;
  snippetLabel: string;
  copySnippet: string;
  snippetCopied: string;
  copyFailed: string;
  closeDialog: string;
};

/** Strings of the actor panel and layer, the estimate chart, the claimant filter and the mobile sheet. */
export type DashboardMessages = {
  actorPanelLabel: string;
  closeActor: string;
  actorKind: Record<Actor['kind'], string>;
  partOf: string;
  actorStanceHeading: string;
  actorClaimsHeading: string;
  alsoBasedIn: (place: string) => string;
  notOnMap: string;
  legendActor: string;
  claimantLabel: string;
  anyClaimant: string;
  estimateChartSummary: (count: number, from: string, to: string, lowest: string, highest: string) => string;
  estimateAxis: { date: string; troops: string };
  estimateChartKey: string;
  sheetState: Record<'collapsed' | 'half' | 'full', string>;
  sheetHandle: (state: string) => string;
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
  dashboard: {
    actorPanelLabel: 'Actor details',
    closeActor: 'Close actor details',
    actorKind: {
      state: 'State',
      alliance: 'Alliance',
      'international-organisation': 'International organisation',
      'government-body': 'Government body',
      'intelligence-agency': 'Intelligence agency',
      'armed-force': 'Armed force',
      person: 'Person',
      'news-organisation': 'News organisation',
      'unnamed-officials': 'Unnamed officials',
    },
    partOf: 'Part of',
    actorStanceHeading: 'Its stance, by subject',
    actorClaimsHeading: 'Its claims, newest first',
    alsoBasedIn: (place) => `Also based in ${place}`,
    notOnMap: 'Not on the map: no known seat.',
    legendActor: 'Seat of a claimant (capital or headquarters); +N: more based there',
    claimantLabel: 'Claimant',
    anyClaimant: 'Any claimant',
    estimateChartSummary: (count, from, to, lowest, highest) =>
      `Chart of ${count === 1 ? '1 troop estimate' : `${count} troop estimates`} from ${from} to ${to}, ranging from ${lowest} to ${highest}. The table below lists them.`,
    estimateAxis: { date: 'Date', troops: 'Troops' },
    estimateChartKey: 'A point is a figure, a bar a range, an arrow an open range.',
    sheetState: { collapsed: 'collapsed', half: 'half height', full: 'full height' },
    sheetHandle: (state) => `Claims list: ${state}. Change height`,
  },
  view: {
    lensHeading: 'Lens',
    viewAs: 'View the map as',
    everyone: 'Everyone (every claim)',
    compareWith: 'Compare with',
    noComparison: 'No comparison',
    lensCaption: (name) => `As ${name} tells it`,
    lensNote: 'Only what this actor asserts or confirms by the day shown; ⊖ marks what another party denies.',
    differences: 'Where they differ',
    onlyIn: (name) => `Only ${name}`,
    both: 'Both',
    noDifference: 'Both lenses show the same things.',
    deniedBy: (parties) => `denied by ${parties}`,
    emptyLens: 'By this day, this actor asserts nothing the map draws.',
    legendDenied: 'Denied by another party (lens view)',
    mapItems: (count) => `List what the map shows (${count})`,
    actorsHeading: 'Actors',
    regionsHint: 'Regions: use the search box above.',
    previousDay: 'Previous claim day',
    nextDay: 'Next claim day',
    loading: 'Loading…',
    pan: { group: 'Move the map', north: 'Move the map north', west: 'Move the map west', east: 'Move the map east', south: 'Move the map south' },
  },
  embed: {
    openFullMap: 'Open the full map',
    attribution: 'Claims Atlas: every claim on this map links to its sources. Boundaries: Natural Earth; cities: GeoNames.',
    iframeTitle: 'Claims Atlas: map of claims and their sources',
    gestureWindows: 'Use Ctrl + scroll to zoom the map',
    gestureMac: 'Use ⌘ + scroll to zoom the map',
    gestureMobile: 'Use two fingers to move the map',
    dialogTitle: 'Share this view',
    linkLabel: 'Link to this view',
    copyLink: 'Copy link',
    embedHeading: 'Embed on your site',
    optionLegend: 'Legend',
    optionTimeline: 'Timeline',
    optionFeed: 'Claims feed',
    optionInteractive: 'Interactive (pan, zoom, select)',
    optionResize: 'Resize script (the height follows the map)',
    optionId: 'Embed name',
    optionIdHint: 'Letters, digits, - and _; up to 64. Used in the messages the embed sends.',
    preview: 'Preview',
    previewTitle: 'Preview of the embedded map',
    snippetLabel: 'Embed code',
    copySnippet: 'Copy code',
    snippetCopied: 'Code copied',
    copyFailed: 'Could not copy: select the text and copy it.',
    closeDialog: 'Close',
  },
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
  dashboard: {
    actorPanelLabel: '주체 상세 정보',
    closeActor: '주체 상세 정보 닫기',
    actorKind: {
      state: '국가',
      alliance: '동맹',
      'international-organisation': '국제기구',
      'government-body': '정부 기관',
      'intelligence-agency': '정보기관',
      'armed-force': '군',
      person: '인물',
      'news-organisation': '언론사',
      'unnamed-officials': '익명의 관리',
    },
    partOf: '소속',
    actorStanceHeading: '대상별 입장',
    actorClaimsHeading: '주장 (최신순)',
    alsoBasedIn: (place) => `${place}에 있는 다른 주체`,
    notOnMap: '지도에 없음: 알려진 소재지가 없습니다.',
    legendActor: '주장 주체의 소재지(수도 또는 본부); +N: 같은 곳의 다른 주체 수',
    claimantLabel: '주장 주체',
    anyClaimant: '모든 주장 주체',
    estimateChartSummary: (count, from, to, lowest, highest) =>
      `병력 추정치 ${count}건의 차트: ${from}부터 ${to}까지, ${lowest}에서 ${highest}까지. 아래 표에 모두 나와 있습니다.`,
    estimateAxis: { date: '날짜', troops: '병력' },
    estimateChartKey: '점은 수치, 막대는 범위, 화살표는 상한 없는 범위입니다.',
    sheetState: { collapsed: '접힘', half: '절반 높이', full: '전체 높이' },
    sheetHandle: (state) => `주장 목록: ${state}. 높이 바꾸기`,
  },
  view: {
    lensHeading: '관점',
    viewAs: '누구의 관점으로 지도 보기',
    everyone: '모두(모든 주장)',
    compareWith: '비교 대상',
    noComparison: '비교 안 함',
    lensCaption: (name) => `${name}의 주장대로`,
    lensNote: '표시된 날짜까지 이 행위자가 주장하거나 확인한 것만 보입니다. ⊖는 다른 당사자가 부인한 것입니다.',
    differences: '차이점',
    onlyIn: (name) => `${name}만`,
    both: '둘 다',
    noDifference: '두 관점이 같은 것을 보여 줍니다.',
    deniedBy: (parties) => `${parties} 부인`,
    emptyLens: '이 날짜까지 이 행위자가 주장한 것 가운데 지도에 그려지는 것이 없습니다.',
    legendDenied: '다른 당사자가 부인(관점 보기)',
    mapItems: (count) => `지도에 표시된 항목 목록(${count})`,
    actorsHeading: '행위자',
    regionsHint: '지역은 위의 검색창을 이용하세요.',
    previousDay: '이전 주장 날짜',
    nextDay: '다음 주장 날짜',
    loading: '불러오는 중…',
    pan: { group: '지도 이동', north: '지도를 북쪽으로 이동', west: '지도를 서쪽으로 이동', east: '지도를 동쪽으로 이동', south: '지도를 남쪽으로 이동' },
  },
  embed: {
    openFullMap: '전체 지도 열기',
    attribution: 'Claims Atlas: 이 지도의 모든 주장은 출처로 연결됩니다. 경계: Natural Earth, 도시: GeoNames.',
    iframeTitle: 'Claims Atlas: 주장과 출처 지도',
    gestureWindows: 'Ctrl 키를 누른 채 스크롤하여 지도를 확대/축소하세요',
    gestureMac: '⌘ 키를 누른 채 스크롤하여 지도를 확대/축소하세요',
    gestureMobile: '두 손가락으로 지도를 움직이세요',
    dialogTitle: '이 화면 공유',
    linkLabel: '이 화면의 링크',
    copyLink: '링크 복사',
    embedHeading: '내 사이트에 삽입',
    optionLegend: '범례',
    optionTimeline: '타임라인',
    optionFeed: '주장 목록',
    optionInteractive: '상호작용 (이동, 확대, 선택)',
    optionResize: '크기 조정 스크립트 (높이가 지도에 맞춰짐)',
    optionId: '삽입 이름',
    optionIdHint: '영문자, 숫자, - 및 _, 최대 64자. 삽입된 지도가 보내는 메시지에 쓰입니다.',
    preview: '미리 보기',
    previewTitle: '삽입된 지도 미리 보기',
    snippetLabel: '삽입 코드',
    copySnippet: '코드 복사',
    snippetCopied: '코드를 복사했습니다',
    copyFailed: '복사하지 못했습니다. 텍스트를 선택해 복사하세요.',
    closeDialog: '닫기',
  },
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
  dashboard: {
    actorPanelLabel: 'Відомості про учасника',
    closeActor: 'Закрити відомості про учасника',
    actorKind: {
      state: 'Держава',
      alliance: 'Альянс',
      'international-organisation': 'Міжнародна організація',
      'government-body': 'Державний орган',
      'intelligence-agency': 'Розвідка',
      'armed-force': 'Збройні сили',
      person: 'Особа',
      'news-organisation': 'Медіа',
      'unnamed-officials': 'Неназвані посадовці',
    },
    partOf: 'Входить до',
    actorStanceHeading: 'Позиція щодо кожного предмета',
    actorClaimsHeading: 'Твердження, спершу новіші',
    alsoBasedIn: (place) => `Також базуються тут (${place})`,
    notOnMap: 'Немає на мапі: місцезнаходження невідоме.',
    legendActor: 'Місцезнаходження автора тверджень (столиця чи штаб-квартира); +N: ще стільки там',
    claimantLabel: 'Автор твердження',
    anyClaimant: 'Будь-який автор',
    estimateChartSummary: (count, from, to, lowest, highest) =>
      `Графік оцінок чисельності (${count}) з ${from} по ${to}, від ${lowest} до ${highest}. Таблиця нижче містить їх усі.`,
    estimateAxis: { date: 'Дата', troops: 'Військові' },
    estimateChartKey: 'Точка — число, смуга — діапазон, стрілка — відкритий діапазон.',
    sheetState: { collapsed: 'згорнуто', half: 'половина висоти', full: 'повна висота' },
    sheetHandle: (state) => `Список тверджень: ${state}. Змінити висоту`,
  },
  view: {
    lensHeading: 'Погляд',
    viewAs: 'Мапа з погляду',
    everyone: 'Усіх (усі заяви)',
    compareWith: 'Порівняти з',
    noComparison: 'Без порівняння',
    lensCaption: (name) => `За версією: ${name}`,
    lensNote: 'Лише те, що цей учасник стверджує або підтверджує на показаний день; ⊖ позначає те, що заперечує інша сторона.',
    differences: 'Де вони розходяться',
    onlyIn: (name) => `Лише ${name}`,
    both: 'Обидва',
    noDifference: 'Обидва погляди показують те саме.',
    deniedBy: (parties) => `заперечує: ${parties}`,
    emptyLens: 'На цей день цей учасник не стверджує нічого з того, що показує мапа.',
    legendDenied: 'Заперечує інша сторона (погляд)',
    mapItems: (count) => `Список того, що на мапі (${count})`,
    actorsHeading: 'Учасники',
    regionsHint: 'Регіони: скористайтеся пошуком угорі.',
    previousDay: 'Попередній день заяв',
    nextDay: 'Наступний день заяв',
    loading: 'Завантаження…',
    pan: { group: 'Перемістити мапу', north: 'Перемістити мапу на північ', west: 'Перемістити мапу на захід', east: 'Перемістити мапу на схід', south: 'Перемістити мапу на південь' },
  },
  embed: {
    openFullMap: 'Відкрити повну карту',
    attribution: 'Claims Atlas: кожне твердження на цій карті веде до своїх джерел. Кордони: Natural Earth; міста: GeoNames.',
    iframeTitle: 'Claims Atlas: карта тверджень та їхніх джерел',
    gestureWindows: 'Використовуйте Ctrl + прокручування, щоб масштабувати карту',
    gestureMac: 'Використовуйте ⌘ + прокручування, щоб масштабувати карту',
    gestureMobile: 'Переміщуйте карту двома пальцями',
    dialogTitle: 'Поділитися цим видом',
    linkLabel: 'Посилання на цей вид',
    copyLink: 'Копіювати посилання',
    embedHeading: 'Вбудувати на свій сайт',
    optionLegend: 'Легенда',
    optionTimeline: 'Шкала часу',
    optionFeed: 'Стрічка тверджень',
    optionInteractive: 'Інтерактивна (переміщення, масштаб, вибір)',
    optionResize: 'Скрипт розміру (висота за картою)',
    optionId: 'Назва вбудови',
    optionIdHint: 'Літери, цифри, - та _; до 64. Використовується в повідомленнях вбудови.',
    preview: 'Попередній перегляд',
    previewTitle: 'Попередній перегляд вбудованої карти',
    snippetLabel: 'Код для вбудови',
    copySnippet: 'Копіювати код',
    snippetCopied: 'Код скопійовано',
    copyFailed: 'Не вдалося скопіювати: виділіть текст і скопіюйте його.',
    closeDialog: 'Закрити',
  },
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
  dashboard: {
    actorPanelLabel: 'Сведения об участнике',
    closeActor: 'Закрыть сведения об участнике',
    actorKind: {
      state: 'Государство',
      alliance: 'Альянс',
      'international-organisation': 'Международная организация',
      'government-body': 'Государственный орган',
      'intelligence-agency': 'Разведка',
      'armed-force': 'Вооружённые силы',
      person: 'Лицо',
      'news-organisation': 'СМИ',
      'unnamed-officials': 'Неназванные чиновники',
    },
    partOf: 'Входит в',
    actorStanceHeading: 'Позиция по каждому предмету',
    actorClaimsHeading: 'Заявления, сначала новые',
    alsoBasedIn: (place) => `Также базируются здесь (${place})`,
    notOnMap: 'Нет на карте: местонахождение неизвестно.',
    legendActor: 'Местонахождение автора заявлений (столица или штаб-квартира); +N: ещё столько там',
    claimantLabel: 'Автор заявления',
    anyClaimant: 'Любой автор',
    estimateChartSummary: (count, from, to, lowest, highest) =>
      `График оценок численности (${count}) с ${from} по ${to}, от ${lowest} до ${highest}. Таблица ниже содержит их все.`,
    estimateAxis: { date: 'Дата', troops: 'Военные' },
    estimateChartKey: 'Точка — число, полоса — диапазон, стрелка — открытый диапазон.',
    sheetState: { collapsed: 'свёрнуто', half: 'половина высоты', full: 'полная высота' },
    sheetHandle: (state) => `Список заявлений: ${state}. Изменить высоту`,
  },
  view: {
    lensHeading: 'Взгляд',
    viewAs: 'Карта с точки зрения',
    everyone: 'Всех (все заявления)',
    compareWith: 'Сравнить с',
    noComparison: 'Без сравнения',
    lensCaption: (name) => `По версии: ${name}`,
    lensNote: 'Только то, что этот участник утверждает или подтверждает на показанный день; ⊖ отмечает то, что отрицает другая сторона.',
    differences: 'В чём они расходятся',
    onlyIn: (name) => `Только ${name}`,
    both: 'Оба',
    noDifference: 'Оба взгляда показывают одно и то же.',
    deniedBy: (parties) => `отрицает: ${parties}`,
    emptyLens: 'На этот день этот участник не утверждает ничего из того, что показывает карта.',
    legendDenied: 'Отрицает другая сторона (взгляд)',
    mapItems: (count) => `Список того, что на карте (${count})`,
    actorsHeading: 'Участники',
    regionsHint: 'Регионы: воспользуйтесь поиском вверху.',
    previousDay: 'Предыдущий день заявлений',
    nextDay: 'Следующий день заявлений',
    loading: 'Загрузка…',
    pan: { group: 'Сдвинуть карту', north: 'Сдвинуть карту на север', west: 'Сдвинуть карту на запад', east: 'Сдвинуть карту на восток', south: 'Сдвинуть карту на юг' },
  },
  embed: {
    openFullMap: 'Открыть полную карту',
    attribution: 'Claims Atlas: каждое утверждение на этой карте ведёт к своим источникам. Границы: Natural Earth; города: GeoNames.',
    iframeTitle: 'Claims Atlas: карта утверждений и их источников',
    gestureWindows: 'Используйте Ctrl + прокрутку, чтобы масштабировать карту',
    gestureMac: 'Используйте ⌘ + прокрутку, чтобы масштабировать карту',
    gestureMobile: 'Перемещайте карту двумя пальцами',
    dialogTitle: 'Поделиться этим видом',
    linkLabel: 'Ссылка на этот вид',
    copyLink: 'Копировать ссылку',
    embedHeading: 'Встроить на свой сайт',
    optionLegend: 'Легенда',
    optionTimeline: 'Шкала времени',
    optionFeed: 'Лента утверждений',
    optionInteractive: 'Интерактивная (перемещение, масштаб, выбор)',
    optionResize: 'Скрипт размера (высота по карте)',
    optionId: 'Имя встраивания',
    optionIdHint: 'Буквы, цифры, - и _; до 64. Используется в сообщениях встраивания.',
    preview: 'Предпросмотр',
    previewTitle: 'Предпросмотр встроенной карты',
    snippetLabel: 'Код для встраивания',
    copySnippet: 'Копировать код',
    snippetCopied: 'Код скопирован',
    copyFailed: 'Не удалось скопировать: выделите текст и скопируйте его.',
    closeDialog: 'Закрыть',
  },
};

const MESSAGES: Record<Lang, Messages> = { en, ko, uk, ru };

/** The UI strings for a language. */
export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
