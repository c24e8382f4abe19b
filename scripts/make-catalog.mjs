// Draws the bundled gift catalog: one small SVG per item in public/catalog (a picture of
// what it is, from scripts/catalog-motifs.mjs) and the item list in
// lib/board/catalog-items.json (run once; both outputs are committed).
// `node scripts/make-catalog.mjs`
import fs from 'node:fs';
import { BRICK_BADGE, EMBLEMS, MOTIFS } from './catalog-motifs.mjs';

/** Category slug → Korean label, background, ink and accent colours. */
const CATEGORIES = {
  toys: { label: '장난감', bg: '#fde7c8', ink: '#a65a00', accents: ['#f59e0b', '#ef4444', '#3b82f6', '#10b981'] },
  books: { label: '도서', bg: '#dbeafe', ink: '#1e40af', accents: ['#2563eb', '#7c3aed', '#059669', '#dc2626'] },
  stationery: { label: '문구', bg: '#fef3c7', ink: '#92400e', accents: ['#f59e0b', '#ec4899', '#22c55e', '#6366f1'] },
  electronics: { label: '전자기기', bg: '#e0e7ff', ink: '#3730a3', accents: ['#4f46e5', '#0ea5e9', '#64748b', '#db2777'] },
  sports: { label: '스포츠', bg: '#dcfce7', ink: '#166534', accents: ['#16a34a', '#f97316', '#0284c7', '#e11d48'] },
  dolls: { label: '인형', bg: '#fce7f3', ink: '#9d174d', accents: ['#f472b6', '#c084fc', '#fb923c', '#a3a3a3'] },
  boardgames: { label: '보드게임', bg: '#ede9fe', ink: '#5b21b6', accents: ['#7c3aed', '#ef4444', '#0d9488', '#ca8a04'] },
  snacks: { label: '간식', bg: '#ffedd5', ink: '#9a3412', accents: ['#ea580c', '#a16207', '#db2777', '#65a30d'] },
  clothes: { label: '옷/신발', bg: '#cffafe', ink: '#155e75', accents: ['#0891b2', '#f43f5e', '#8b5cf6', '#84cc16'] },
  crafts: { label: '만들기', bg: '#f3e8ff', ink: '#6b21a8', accents: ['#a855f7', '#f59e0b', '#06b6d4', '#ef4444'] },
};

// [name, price in KRW] per category: what Korean children actually ask for.
const ITEMS = {
  toys: [
    ['레고 시티 경찰서', 89900], ['레고 프렌즈 하트레이크 카페', 49900], ['레고 테크닉 슈퍼카', 159000], ['레고 클래식 창의력 상자', 39900],
    ['레고 듀플로 기차 세트', 69900], ['뽀로로 주차타워 놀이 세트', 45000], ['타요 버스 차고지 플레이세트', 52000], ['무선 조종 몬스터 트럭', 39000],
    ['또봇 변신 로봇 디럭스', 54000], ['헬로카봇 변신 로봇', 62000], ['맥포머스 자석 블록 62피스', 89000], ['플레이모빌 소방서', 79000],
    ['대형 워터건 물총', 15900], ['자동 버블건 비눗방울', 12900], ['베이블레이드 버스트 팽이 세트', 29800], ['슈퍼 요요', 9900],
    ['원목 주방놀이 세트', 129000], ['병원놀이 의사 가방', 19800], ['공룡 피규어 12종 세트', 24900], ['원목 기차 레일 세트', 59000],
    ['말랑 스퀴시 모음', 9900], ['티니핑 변신 요술봉', 32000],
  ],
  books: [
    ['흔한남매 만화책 최신권', 12800], ['마법천자문 최신권', 12000], ['Why? 인체 학습만화', 13500], ['설민석의 한국사 대모험', 13800],
    ['만화 그리스 로마 신화', 13000], ['어린이 과학동아 1년 구독', 138000], ['구름빵 그림책', 13000], ['수상한 우리 반', 12000],
    ['에그박사 곤충 만화', 13800], ['잠뜰TV 픽셀리 히어로즈', 12800], ['해리 포터와 마법사의 돌', 13500], ['보리 어린이 국어사전', 32000],
    ['세계 지도 스티커북', 15000], ['내일은 실험왕', 12500], ['이상한 과자 가게 전천당', 12000], ['명탐정 코난 만화', 5500],
    ['엉덩이 탐정 동화', 12000], ['100층짜리 집 그림책', 15000], ['공룡 팝업북', 28000], ['영어 그림책 10권 세트', 59000],
    ['어린이 코딩 첫걸음', 16800], ['놓지 마 과학!', 12000],
  ],
  stationery: [
    ['모나미 색연필 36색', 15000], ['스테들러 4B 연필 12자루', 9800], ['파버카스텔 수채색연필 48색', 38000], ['3단 자석 캐릭터 필통', 12900],
    ['형광펜 6색 세트', 5400], ['다꾸 스티커 100장', 8900], ['A4 스케치북 5권', 8500], ['지워지는 볼펜 10색', 13000],
    ['마스킹테이프 10종 세트', 9900], ['알림장 노트 5권', 6000], ['책상 정리함', 14900], ['전동 연필깎이', 24900],
    ['A4 클립보드', 4500], ['캘리그라피 붓펜 세트', 11000], ['이름 도장 스탬프', 15000], ['반짝이 젤리펜 24색', 16000],
    ['2027 어린이 다이어리', 12000], ['캐릭터 지우개 세트', 4800], ['크레파스 24색', 6500], ['네임펜 12색', 7200],
    ['학습용 자 세트', 3900], ['초등 책가방', 89000],
  ],
  electronics: [
    ['어린이 스마트워치 키즈폰', 129000], ['키즈 무선 이어폰', 49000], ['어린이 디지털 카메라', 59000], ['닌텐도 스위치 OLED', 415000],
    ['마리오 카트 8 디럭스', 64800], ['포켓몬스터 스칼렛', 64800], ['갤럭시 탭 A9', 249000], ['미니 블루투스 스피커', 35000],
    ['달 무드등 LED', 19900], ['61건반 전자 키보드', 129000], ['코딩 로봇 입문 키트', 89000], ['카메라 미니 드론', 69000],
    ['어린이 디지털 손목시계', 25000], ['인스탁스 미니 12', 109000], ['휴대용 미니 선풍기', 15900], ['보조배터리 10000mAh', 25900],
    ['음량 제한 어린이 헤드폰', 39000], ['별빛 프로젝터 무드등', 29900], ['다마고치 키우기 게임기', 29000], ['레트로 미니 게임기', 49000],
    ['어린이 전자사전', 119000], ['무선 충전 알람시계', 32000],
  ],
  sports: [
    ['LED 세발 킥보드', 69000], ['사이즈 조절 인라인 스케이트', 79000], ['어린이 자전거 20인치', 189000], ['축구공 4호', 25000],
    ['농구공 5호', 29000], ['카운터 줄넘기', 9900], ['배드민턴 라켓 세트', 19900], ['탁구 라켓 세트', 22000],
    ['어린이 수영 고글', 15000], ['헬멧 보호대 세트', 39000], ['가정용 트램펄린', 129000], ['어린이 야구 글러브', 35000],
    ['분리형 훌라후프', 12000], ['크루저 스케이트보드', 59000], ['어린이 등산 배낭', 29000], ['물놀이 튜브', 15000],
    ['플라잉 디스크', 8000], ['원터치 텐트', 49000], ['키즈 요가 매트', 19000], ['스포츠 물병', 12000],
    ['태권도 띠 보관함', 18000], ['미니 축구 골대', 45000],
  ],
  dolls: [
    ['피카츄 인형 30cm', 29000], ['쿠로미 인형', 25000], ['시나모롤 쿠션 인형', 32000], ['젤리캣 버니 인형', 58000],
    ['테디베어 곰인형 50cm', 39000], ['바비 드림하우스', 249000], ['콩순이 인형', 35000], ['미미 인형', 29000],
    ['말랑 고양이 인형', 19000], ['티라노 공룡 인형', 22000], ['대형 상어 인형', 29900], ['라이언 인형', 35000],
    ['춘식이 인형', 29000], ['잔망루피 인형', 28000], ['펭수 인형', 25000], ['아기 인형 돌보기 세트', 45000],
    ['인형 옷 세트', 15000], ['햄스터 인형 키링', 9900], ['토끼 애착 인형', 24000], ['마이멜로디 인형', 25000],
    ['하츄핑 인형', 27000], ['몰랑이 인형', 19800],
  ],
  boardgames: [
    ['할리갈리', 19800], ['루미큐브 클래식', 29000], ['젠가', 15000], ['우노 카드', 8900],
    ['부루마블', 25000], ['다빈치 코드', 14000], ['블로커스', 32000], ['도블', 18000],
    ['킹도미노', 25000], ['스플렌더', 42000], ['카탄', 49000], ['티켓 투 라이드', 59000],
    ['텀블링 몽키', 12000], ['펭귄 얼음깨기', 12900], ['원목 체스 세트', 19000], ['바둑 오목 세트', 15000],
    ['스피드 큐브 3x3', 8900], ['딕싯', 39000], ['코드네임', 22000], ['메이크 앤 브레이크', 32000],
    ['젬블로', 29000], ['숲속의 음악대', 24000],
  ],
  snacks: [
    ['빼빼로 선물 세트', 15000], ['초코파이 12개입', 5800], ['과자 종합 선물 세트', 19900], ['마이쮸 대용량', 8900],
    ['하리보 골드베렌 1kg', 15900], ['킨더 조이 6개입', 12000], ['아이스크림 케이크', 30000], ['딸기 생크림 케이크', 35000],
    ['츄파춥스 50개', 12900], ['홈런볼 박스', 10000], ['포켓몬 빵 세트', 12000], ['꼬북칩 세트', 9600],
    ['페레로 로쉐 24구', 22000], ['마카롱 12구', 28000], ['허니콤보 치킨', 23000], ['피자 라지 한 판', 28000],
    ['떡볶이 밀키트', 12000], ['과일 젤리 선물 세트', 14900], ['달고나 만들기 세트', 9900], ['붕어빵 아이스크림 박스', 11000],
    ['수제 쿠키 선물 상자', 18000], ['초콜릿 퐁듀 세트', 21000],
  ],
  clothes: [
    ['키즈 러닝 운동화', 59000], ['키즈 클로그 샌들', 45000], ['LED 불빛 운동화', 39000], ['키즈 롱패딩 점퍼', 89000],
    ['캐릭터 후드티', 29000], ['레인부츠 장화', 25000], ['어린이 캡 모자', 19000], ['극세사 잠옷 세트', 25000],
    ['레깅스 3종 세트', 19800], ['꽃무늬 원피스', 35000], ['밴딩 청바지', 29000], ['캐릭터 백팩', 49000],
    ['래시가드 수영복', 32000], ['털 장갑', 12000], ['니트 목도리', 15000], ['캐릭터 슬리퍼', 12900],
    ['양말 10켤레', 13900], ['발레복 세트', 35000], ['설날 한복', 69000], ['어린이 우비', 19000],
    ['캐릭터 티셔츠', 15900], ['방한 귀마개', 9900],
  ],
  crafts: [
    ['아이클레이 36색', 15000], ['슬라임 만들기 키트', 19000], ['비즈 팔찌 만들기', 12900], ['종이접기 책과 색종이', 14000],
    ['무지개 스크래치 페이퍼', 6900], ['보석 십자수', 15900], ['첫 뜨개질 키트', 18000], ['나무 새집 만들기', 13000],
    ['미니어처 하우스 DIY', 29000], ['클레이 케이크 만들기', 16000], ['아쿠아비즈 세트', 24000], ['화산 과학 실험 키트', 19800],
    ['태양광 로봇 만들기', 22000], ['석고 방향제 만들기', 15000], ['향초 만들기 키트', 19000], ['스노우볼 만들기', 13900],
    ['펄러비즈 세트', 17000], ['유리병 테라리움', 25000], ['공룡 페이퍼 크래프트', 9900], ['수채화 물감 세트', 18000],
    ['도자기 물레 키트', 39000], ['리본 머리핀 만들기', 11000],
  ],
};

/**
 * Which drawing each item gets: the first rule whose word is in the name, else the
 * category's default. Books get a cover with an emblem for their subject.
 */
const RULES = [
  ['경찰서', 'policeStation'], ['카페', 'cafe'], ['슈퍼카', 'car'], ['창의력 상자', 'bricks'], ['기차', 'train'], ['주차타워', 'tower'],
  ['버스', 'bus'], ['트럭', 'truck'], ['태양광 로봇', 'solarRobot'], ['로봇', 'robot'], ['자석 블록', 'magnetBlocks'], ['소방서', 'fireStation'], ['물총', 'waterGun'],
  ['버블', 'bubbles'], ['팽이', 'spinTop'], ['요요', 'yoyo'], ['주방', 'pot'], ['의사', 'medkit'], ['공룡 피규어', 'dino'], ['스퀴시', 'blob'], ['요술봉', 'wand'],
  // books: [word, 'book', emblem]
  ['만화', 'book', 'comic'], ['마법천자문', 'book', 'letter'], ['한국사', 'book', 'temple'], ['과학', 'book', 'flask'], ['실험', 'book', 'flask'], ['Why', 'book', 'flask'],
  ['구름빵', 'book', 'cloud'], ['수상한 우리 반', 'book', 'school'], ['곤충', 'book', 'bug'], ['픽셀', 'book', 'pixel'], ['해리 포터', 'book', 'bolt'],
  ['사전', 'book', 'letter'], ['지도', 'book', 'globe'], ['과자 가게', 'book', 'candy'], ['코난', 'book', 'magnifier'], ['탐정', 'book', 'magnifier'],
  ['100층', 'book', 'tower'], ['공룡 팝업', 'book', 'dino'], ['영어', 'book', 'abc'], ['코딩 첫걸음', 'book', 'code'],
  // stationery
  ['필통', 'pencilCase'], ['스티커', 'stickers'], ['스케치북', 'sketchbook'], ['마스킹', 'tape'], ['다이어리', 'notebook'], ['노트', 'notebook'], ['정리함', 'organizer'],
  ['연필깎이', 'sharpener'], ['클립보드', 'clipboard'], ['도장', 'stamp'], ['지우개', 'eraser'], ['자 세트', 'ruler'], ['책가방', 'backpack'],
  ['색연필', 'pencils'], ['연필', 'pencils'], ['펜', 'pencils'], ['크레파스', 'pencils'],
  // electronics
  ['스마트워치', 'watch'], ['손목시계', 'watch'], ['이어폰', 'earbuds'], ['헤드폰', 'headphones'], ['카메라', 'camera'], ['인스탁스', 'camera'], ['닌텐도', 'console'],
  ['마리오', 'cartridge'], ['포켓몬스터', 'cartridge'], ['게임기', 'console'], ['탭', 'tablet'], ['전자사전', 'tablet'], ['스피커', 'speaker'], ['달 무드등', 'moonLamp'],
  ['프로젝터', 'projector'], ['건반', 'piano'], ['드론', 'drone'], ['선풍기', 'fan'], ['보조배터리', 'battery'], ['알람시계', 'clock'],
  // sports
  ['킥보드', 'scooter'], ['인라인', 'skate'], ['자전거', 'bike'], ['축구공', 'soccer'], ['농구공', 'basketball'], ['줄넘기', 'jumpRope'], ['배드민턴', 'badminton'],
  ['탁구', 'pingpong'], ['고글', 'goggles'], ['헬멧', 'helmet'], ['트램펄린', 'trampoline'], ['글러브', 'mitt'], ['훌라후프', 'hoop'], ['스케이트보드', 'skateboard'],
  ['배낭', 'backpack'], ['튜브', 'floatRing'], ['플라잉', 'disc'], ['텐트', 'tent'], ['요가', 'mat'], ['물병', 'bottle'], ['태권도', 'belt'], ['골대', 'goal'],
  // dolls: [word, 'animal', ears]
  ['피카츄', 'animal', 'pointy'], ['쿠로미', 'animal', 'pointy'], ['시나모롤', 'animal', 'long'], ['버니', 'animal', 'bunny'], ['토끼', 'animal', 'bunny'],
  ['마이멜로디', 'animal', 'bunny'], ['하츄핑', 'animal', 'bunny'], ['테디베어', 'animal', 'round'], ['라이언', 'animal', 'round'], ['잔망루피', 'animal', 'round'],
  ['고양이', 'animal', 'pointy'], ['춘식이', 'animal', 'pointy'], ['몰랑이', 'animal', 'none'], ['드림하우스', 'dollHouse'], ['콩순이', 'girlDoll'], ['미미', 'girlDoll'],
  ['아기 인형', 'girlDoll'], ['티라노', 'dino'], ['상어', 'shark'], ['펭수', 'penguin'], ['인형 옷', 'dress'], ['키링', 'keyring'],
  // board games
  ['할리갈리', 'bell'], ['루미큐브', 'tiles'], ['다빈치', 'tiles'], ['젠가', 'jenga'], ['우노', 'cards'], ['도블', 'cards'], ['딕싯', 'cards'], ['코드네임', 'cards'],
  ['부루마블', 'boardDice'], ['블로커스', 'poly'], ['젬블로', 'poly'], ['킹도미노', 'domino'], ['스플렌더', 'gem'], ['카탄', 'hexes'], ['티켓 투 라이드', 'train'],
  ['몽키', 'monkeyTree'], ['펭귄', 'iceBlocks'], ['체스', 'chess'], ['바둑', 'goStones'], ['큐브', 'cube'], ['메이크 앤 브레이크', 'bricks'], ['음악대', 'music'],
  // snacks
  ['빼빼로', 'sticks'], ['초코파이', 'chocoPie'], ['종합 선물', 'giftBox'], ['마이쮸', 'candy'], ['하리보', 'gummy'], ['킨더', 'egg'], ['케이크', 'cake'],
  ['츄파춥스', 'lollipop'], ['홈런볼', 'balls'], ['포켓몬 빵', 'bread'], ['꼬북칩', 'chipsBag'], ['페레로', 'chocoBall'], ['마카롱', 'macaron'], ['치킨', 'drumstick'],
  ['피자', 'pizza'], ['떡볶이', 'tteokbokki'], ['젤리 선물', 'gummy'], ['달고나', 'dalgona'], ['붕어빵', 'fishBread'], ['쿠키', 'cookie'], ['퐁듀', 'fondue'],
  // clothes
  ['장화', 'boot'], ['부츠', 'boot'], ['운동화', 'shoe'], ['샌들', 'shoe'], ['슬리퍼', 'shoe'], ['패딩', 'jacket'], ['잠옷', 'pajamas'], ['후드티', 'tshirt'], ['티셔츠', 'tshirt'],
  ['래시가드', 'tshirt'], ['모자', 'cap'], ['레깅스', 'pants'], ['청바지', 'pants'], ['원피스', 'dress'], ['발레복', 'ballet'], ['한복', 'hanbok'], ['백팩', 'backpack'],
  ['장갑', 'mitten'], ['목도리', 'scarf'], ['양말', 'sock'], ['우비', 'raincoat'], ['귀마개', 'earmuffs'],
  // crafts
  ['클레이 케이크', 'cake'], ['클레이', 'clay'], ['슬라임', 'slime'], ['비즈', 'beads'], ['종이접기', 'crane'], ['스크래치', 'rainbowPaper'], ['십자수', 'crossStitch'],
  ['뜨개질', 'yarn'], ['새집', 'birdhouse'], ['미니어처', 'miniHouse'], ['화산', 'volcano'], ['방향제', 'candle'], ['향초', 'candle'], ['스노우볼', 'snowglobe'],
  ['테라리움', 'terrarium'], ['공룡 페이퍼', 'dino'], ['물감', 'palette'], ['도자기', 'vase'], ['머리핀', 'bow'],
];

const FALLBACK = { toys: ['bricks'], books: ['book', 'star'], stationery: ['pencils'], electronics: ['tablet'], sports: ['soccer'], dolls: ['animal', 'round'], boardgames: ['boardDice'], snacks: ['giftBox'], clothes: ['tshirt'], crafts: ['palette'] };

/** The drawing for one item: [motif, argument]. */
function drawingFor(category, name) {
  const hit = RULES.find(([word, motif]) => name.includes(word) && (motif !== 'book' || category === 'books'));
  return hit ? hit.slice(1) : FALLBACK[category];
}

function picture(category, name, accent) {
  const [motif, arg] = drawingFor(category, name);
  const body = motif === 'book' ? MOTIFS.book(accent, EMBLEMS[arg] ?? EMBLEMS.star) : MOTIFS[motif](accent, arg);
  // Building-brick sets carry a brick badge, so a family of them reads as one at a glance.
  return name.includes('레고') ? body + BRICK_BADGE('#ef4444') : body;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Split a name into at most two lines of about nine characters, at a space when possible. */
function lines(name) {
  if (name.length <= 9) return [name];
  const words = name.split(' ');
  let first = '';
  while (words.length && (first + ' ' + words[0]).trim().length <= 10) first = (first + ' ' + words.shift()).trim();
  if (!first) first = name.slice(0, 9);
  let rest = name.slice(first.length).trim();
  if (rest.length > 10) rest = rest.slice(0, 9) + '…';
  return [first, rest].filter(Boolean);
}

function svg(category, name, index) {
  const c = CATEGORIES[category];
  const accent = c.accents[index % c.accents.length];
  const text = lines(name);
  const y0 = text.length === 1 ? 154 : 146;
  const label = text.map((t, i) => `<text x="100" y="${y0 + i * 20}">${escape(t)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200"><rect width="200" height="200" rx="24" fill="${c.bg}"/><circle cx="${30 + (index * 37) % 140}" cy="${24 + (index * 23) % 30}" r="10" fill="#fff" opacity=".5"/>${picture(category, name, accent)}<g font-family="system-ui,'Apple SD Gothic Neo','Noto Sans KR',sans-serif" font-size="17" font-weight="700" fill="${c.ink}" text-anchor="middle">${label}</g></svg>`;
}

const items = [];
fs.mkdirSync('public/catalog', { recursive: true });
for (const file of fs.readdirSync('public/catalog')) if (file.endsWith('.svg')) fs.unlinkSync(`public/catalog/${file}`);
for (const [category, list] of Object.entries(ITEMS)) {
  list.forEach(([name, price], i) => {
    const id = `${category}-${String(i + 1).padStart(2, '0')}`;
    fs.writeFileSync(`public/catalog/${id}.svg`, svg(category, name, i));
    items.push({ id, name, category, price, imageUrl: `/catalog/${id}.svg` });
  });
}
const categories = Object.fromEntries(Object.entries(CATEGORIES).map(([k, v]) => [k, v.label]));
// One item per line: readable diffs without tripling the file.
const json = `{\n"categories": ${JSON.stringify(categories)},\n"items": [\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]}\n`;
fs.writeFileSync('lib/board/catalog-items.json', json);
const bytes = fs.readdirSync('public/catalog').reduce((n, f) => n + fs.statSync(`public/catalog/${f}`).size, 0);
console.log(`${items.length} catalog items written (${(bytes / 1024).toFixed(0)} KiB of SVG)`);
