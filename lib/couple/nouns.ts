// Offline noun extraction for casual Korean chat lines (couple rooms: word ranking and
// keyword questions). No model and no network: a noun dictionary plus rules.
//
// How a line is read:
//  1. URLs go; the line is cut into words at spaces, and each word into runs of Hangul
//     syllables, Latin letters and digits (emoji, punctuation and jamo such as ㅋㅋ ㅠㅠ
//     separate runs and are dropped).
//  2. A Hangul run is parsed as  NOUN+ TAIL : one or more dictionary nouns (a compound,
//     kept whole: 길고양이, 컴퓨터공학과) followed by a tail that is empty, particles /
//     copula endings (고양이랑, 최윤석이야), a light verb (운동하는, 수영갔다왔어) or, after a
//     noun of two syllables or more, a whole verb form (missing space: 머리잘랐어). The
//     reading with the fewest nouns wins, then the longest noun part, so 운동장 stays
//     운동장. An everyday verb form (가지, 보고, 갈래) is a verb even when the dictionary
//     also lists it as a noun.
//  3. A run the dictionary cannot parse is kept as an unknown noun (slang, names, brands)
//     when, after stripping particles, it is at least two syllables and does not look
//     like a verb or adjective form.
//  4. Interjections, laughter, pronouns, dependent nouns, numerals and nouns used as
//     adverbs (진짜, 완전 …) are dropped; so is a counter right after digits (3시, 100일).
//
// Dictionary: the Korean noun / verb / adjective / ending lists of @nlpjs/lang-ko (MIT,
// from open-korean-text), read once on first use (about 0.2 s), plus the additions below.
// Parsed words are remembered (bounded maps), and each word gets a fixed step budget for
// the verb analysis, so key-mashing cannot make a send slow. bench/nouns.mjs measures
// quality on tests/data/nouns-*.tsv and speed.
//
// English words (decision): a Latin run of two letters or more is kept, lower-cased,
// unless it is in EN_SKIP (function words, chat abbreviations such as ok/lol/omg, the
// commonest verbs/adjectives/adverbs) or is a unit right after digits (5kg). There is no
// English tagger, so an uncommon English verb or adjective still comes through.
import { createRequire } from 'node:module';

// ---------------------------------------------------------------------------------------
// Word lists (ours). Kept in code so the rules and the words they need sit together.

/** Nouns the package dictionary lacks: chat slang, brands, newer words. */
const EXTRA_NOUNS = `헬스 팀장 부장 과장 차장 기말 중간고사 존맛 존맛탱 꿀맛 꿀잼 노잼 핵잼 뉴진스 갑분싸 넷플 배그 치맥 마라탕
엽떡 꿔바로우 츄르 댕댕이 냥이 멍멍이 냥냥이 배민 요기요 쿠팡 점메추 저메추 디엠 롤토체스 오버워치 발로란트 코노 당근마켓 스벅 투썸
메가커피 빽다방 뜨아 아바라 제육 제육볶음 막창 마라샹궈 포케 탕후루 하이볼 편맥 혼술 혼밥 칼퇴 반차 재택 취준 팀플 자취방 관리비
썸남 썸녀 베프 단톡 단톡방 생파 손주 반려묘 클라이밍 따릉이 킥보드 프로틴 닭가슴살 펜션 차박 애니 유튜버 브이로그 왓챠 굿즈 최애
플레이리스트 코인노래방 스터디카페 웨이팅 밀키트 후드티 맨투맨 패딩 첫눈 놀이공원 롯데월드 디카페인 밀크티 방탈출 베이킹 영통 프사
인스타 카톡 페북 틱톡 유튜브 넷플릭스 에어팟 아이패드 갤탭 맥북 그램 남친 여친 남사친 여사친 썸 짝사랑 커플링 커플템 데이트
기념일 투투 백일 천일 생일 케이크 당충전 아아 라떼 돈까스 짜파게티 떡볶이 순대 김밥 엽기떡볶이 로제떡볶이 피자 치킨 햄버거
카공 스카 독서실 과탑 학점 수강신청 강의 교양 전공 복학 휴학 졸작 졸업 취뽀 면접 인턴 자소서 포폴 야근 출근 퇴근 회식 연봉 월급
주식 코인 적금 청약 용돈 카드값 영화관 팝콘 노래방 피시방 오락실 게임 겜 롤 닌텐도 스위치 플스 헬스장 필라테스 요가 러닝 조깅
쌤 담임 동기 선배 후배 룸메 알바 사장님 손님 진상 엄빠 시댁 처가 조카 강쥐 고영 냥 댕
담주 담달 낼모레 세일 챌린지 브이로그 셀카 인생샷 릴스 쇼츠 오티티 단골 핫플 뷰맛집 꿀팁 꿀템 득템 언박싱 웨이팅`;

/**
 * One-syllable nouns allowed on their own. Everything else of one syllable is treated
 * as noise: single syllables are far more often verb stems, endings or typos in chat.
 */
const SINGLE = `밥 집 차 옷 눈 비 술 책 돈 빵 잠 꿈 일 몸 맛 말 길 산 물 밤 봄 달 배 귀 코 입 손 발 팔 목 꽃 곰 개 소 닭 쥐
떡 국 면 쌀 잼 표 펜 폰 컵 팀 맘 방 문 벽 약 병 땀 피 털 숲 섬 강 불 빛 옆 앞 뒤 위 밑 밖 속 끝 편 양 장 주 댁 형
짐 글 곳 쌤 팬 겜 롤 낼 살 겁 회 귤 썸 꿀 껌 춤 똥 땅 키 힘 턱 벌 돌 별 뼈 혀 뺨 틱 룸 냥 댕 탕 죽`.split(/\s+/);
// Not here on purpose: 해 (mostly "do"), 줄 (dependent noun), 전 (prefix / "before"),
// 김 (surname), 과 학 실 관 (suffixes; they may still head a compound, see HEADS).

/** One-syllable heads that may end a compound (카드값, 택시비, 파스타집, 공학과). */
const HEADS = '값 비 집 방 장 역 과 점 샵 팀 실 관 앞 옆 뒤 안 밖 길 날 철 룸 빵 차 통 탕 국 밥 짱 쌤 떡 면 맛 컵 옷 팬'.split(' ');

/** Pronouns, dependent nouns, numerals, question words: never a noun of the chat. */
const DROP = `나 너 저 제 내 네 니 우리 저희 너희 너네 자기 당신 걔 얘 쟤 그 이 그녀 그거 이거 저거 그것 이것 저것 여기 거기 저기 이곳
그곳 저곳 뭐 무엇 뭔가 무슨 누구 누가 어디 언제 아무 아무거 아무것 얼마 몇 왜 것 거 수 때 중 줄 듯 데 뿐 척 채 바 리 지 번 개 명
시 분 원 초 등 및 쯤 때문 동안 사이 대신 덕분 정도 만큼 하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열 스물 서른 마흔 백 천 만 억
그건 이건 저건 그걸 이걸 저걸 그게 이게 저게 뭘 뭔 뭐가 난 넌 날 널 내꺼 니꺼 네꺼 내거 니거 너꺼 제꺼 그런거 이런거 저런거 그런 이런 저런 어떤
심심 깨끗 따뜻 조용 똑똑 솔직 뚱뚱 날씬 씩씩 든든 멀쩡 촉촉 시원 깔끔 상큼 달달 짭짤 새콤 아늑 포근 선선 쌀쌀 꿉꿉 눅눅 찝찝 멍청 엉뚱 얌전 답답 섭섭 서운 속상 뿌듯 짠 훈훈 후련 싱싱 쫄깃 바삭 말랑 폭신 든든 무난
자신 본인 서로 각자 모두 다들 여러분 전부 하루종일 종일 그분 이분 저분 이번엔 자기야 여보 그대 님 씨 분들 놈 년`;

/** Nouns that chat uses as adverbs: dropped when they stand bare (진짜 맛있어). */
const ADVERBIAL = `진짜 정말 완전 약간 조금 제일 가장 계속 다시 항상 이따 방금 혼자 먼저 아까 역시 제발 원래 보통 별로 진심 레알
잠깐 잠만 매일 맨날 만약 혹시 아마 우선 일단 자주 가끔 벌써 마침 겨우 거의 자꾸 제대로 바로 미리 꼭 막 쭉 확 푹 못 안 더 덜
또 좀 그냥 대박 그만 너무 많이 다 잘 아직 이제 벌써 빨리 천천히 열심히 되게 엄청 겁나 개 존나 졸라 완존 넘 마니 걍 그냥저냥 암튼 당연 물론 사실 실제 실은 솔직 절대 전혀 무조건 최대한 대충 직접 같이 함께 계속 처음엔 요즘엔 한번 한참 훨씬 다행히
처음 오랫동안 그대로 이대로 점점 갑자기 드디어 결국 어차피 아무튼 암튼 하여튼 그나저나 근데 그런데 그래서 그러니까 그럼 그치만 하지만`;

/** Whole runs that are interjections, greetings or answers. */
const INTERJECTIONS = `안녕 안뇽 안녕히 헐 헉 흠 응 웅 엉 넹 넵 네 예 아니 아니야 그래 그래그래 우와 와우 오오 아이고 아이구 어머 어머나
에휴 아휴 어휴 휴 화이팅 파이팅 콜 굿 오케이 짱 헐랭 아싸 앗싸 오예 쩝 흑 흑흑 엉엉 힝 힝구 잘자 바이 하이 오잉 웅웅 응응
음음 으음 아하 오호 에이 야호 아차 어라 앗 아 어 오 와 음 으 에 이잉 히잉 흥 칫 쳇 대박 미쳤다 세상에 맙소사 에구 어이구 뭐야`;

/** English words not kept: function words, chat abbreviations, common non-nouns. */
const EN_SKIP = new Set(
  `a an the i you he she it we they me my mine your yours our us them him her his its their this that these those is am are
was were be been being do does did done doing have has had will would can could should shall may might must to of in on at
for with from by about as into onto over under up down out off than then so and or but if not no yes yeah yep yup nope ok okay
oh ah uh um umm hmm wow lol lmao lmfao rofl omg omfg haha hehe hihi btw tbh idk imo imho pls plz please thx thanks thank ty tysm np
hi hello hey yo bye bb gn gm xoxo xo kk kkk love like good nice cool great bad sad happy sorry really very so too just also
now what why how when where who which whom whose go going went gone come came get got gets see saw seen eat ate watch want
wanna gonna gotta let lets know think feel make made take took give gave say said tell told all any some more most much many
vs etc ex aka fyi asap dm me ok ya yea nah hbu wyd ily ilu luv u ur r n im ive id ill dont cant wont isnt didnt doesnt hm oops
yay yas yess nooo oki okey okk cuz bc coz tho gg wp ez`.split(/\s+/),
);

/** Counters: dropped right after digits or a spelled-out number (100일, 3시간째). */
const COUNTERS = new Set(`시 시간 분 초 일 월 년 주 달 개월 주일 번 개 명 살 원 층 인분 잔 병 권 박 킬로 키로 등 위 대 마리 장 벌 켤레 째 회 차 호 학년 기 점 판 그릇 조각 캔 팩 봉지 세트 곡 편 화 주년 일차 박 바퀴 시즌 탄 호선 번째`.split(/\s+/));

/** Particles a noun may carry (base forms; pairs are combined below: 에서는, 까지도). */
const PARTICLES = `이 가 은 는 을 를 의 에 에서 에게 한테 께 께서 로 으로 와 과 랑 이랑 하고 도 만 까지 부터 처럼 보다 마다 조차
마저 밖에 이나 나 이든 든 든지 이든지 이라도 라도 야 아 이여 여 요 이요 에다 에다가 한테서 에게서 으로서 로서 으로써 로써 이며
며 대로 뿐 같이 야말로 이야말로 씩 쯤 엔 에선 으론 론 한텐 에겐 께선 서 두 이두 이라구 라구 이라고 라고 이란 란 이라는 라는
치고 보단 으로부터 로부터 까진 부턴 이랑은 랑은 만큼 이니까 니까 든가 이든가 에여 께요 이래 래 엔가 에나 좀 이좀`;

/** Copula endings after a noun (이 is added for nouns ending in a consonant). */
const COPULA = `다 야 에요 예요 요 었어 였어 었다 였다 었는데 였는데 었지 였지 었음 였음 었네 였네 었구나 였구나 었던 였던 었어요 였어요
었잖아 였잖아 었나 였나 었냐 였냐 었니 였니 라서 라고 라는 라면 란 래 래요 래서 네 네요 지 지요 죠 지만 고 면 며 니 니까 냐 냐고
잖아 잖아요 거든 거든요 던데 든 든지 나 나요 구나 군 군요 겠다 겠네 겠지 야지 여 셈 ㅁ 인데 인데요 인가 인가요 인지 일까 일까요
일걸 일듯 일수도 인거 인듯 인줄 인거야 인거지 인가봐 일텐데 임 얌 양 당 징 에용 예용 었당 였당 라구 란다 랍니다 입니다
입니까 이에요 시다 신가 세요 실까 었습니다 였습니다`;

/** Suffixes allowed between a noun and its particles (팀장님이, 친구들이랑, 3시간째). */
const NOUN_SUFFIXES = ['님', '들', '님들', '째', '쯤', '씩', '짜리', '끼리', '마다', '네', '뿐'];

/**
 * Light verbs after a noun: N하다 / N되다 / N시키다 / N받다 / N드리다 / N가다 / N오다
 * (운동하는, 긴장된다, 산책시키고, 부탁받았어, 인사드리러, 운동갔다가). Any tail that starts
 * with one of these counts.
 */
const LIGHT_VERBS = `하 해 했 할 함 한 합 햇 헀 됐 돼 되 될 된 됨 됬 시키 시켜 시켰 시킬 시킨 시킴 드리 드려 드렸 드릴 드림 받았 받아 받고 받을
받는 받으 받음 당하 당했 당해 갔 가 갈 간 감 왔 와 올 온 옴 오 다녀 다녀왔 다니 중 나 났 날 난 남 나서 나고`;

/** Everyday verbs whose forms may follow a one-syllable noun with the space missing (밥먹었어). */
const SINGLE_NOUN_VERBS = new Set('먹 마시 보 사 타 찍 읽 입 신 쓰 만들 끓이 시키 하 되 가 오 자 주 받 키우 씻 치 켜'.split(' '));

/**
 * Everyday verb and adjective stems. A run that is one of these plus a common ending is
 * read as a predicate even when the dictionary also lists it as a noun: in chat 가지,
 * 보고, 갈래, 타자, 데리고 are "go, right?", "see and", "wanna go?" far more than
 * eggplant, report, branch or batter.
 */
const COMMON_VERBS = new Set(
  `시프 가 오 보 하 되 먹 자 타 사 치 주 받 배우 데리 알 모르 싶 있 없 좋 싫 놀 만나 쉬 씻 입 신 쓰 찍 읽 듣 걷 뛰 웃 울 살 죽
들 나 내 넣 놓 두 버리 마시 끝나 기다리 부르 보내 가르치 말 앉 서 일어나 눕 자르 고프 아프 바쁘 예쁘 이쁘 귀엽 무섭 어렵 쉽 덥
춥 맵 짜 달 싸 비싸 크 작 많 적 길 짧 높 낮 멀 가깝 빠르 느리 늦 같 다르 맞 틀 괜찮 그렇 이렇 어떻 저렇 재밌 재미있 맛있 맛없
멋있 힘들 졸리 배고프 고맙 반갑 부럽 슬프 기쁘 아니 잡 찾 잃 팔 빌리 갚 벌 모으 열 닫 켜 끄 내리 오르 올리 넘 건너 돌 돌아가
돌아오 들어가 들어오 나가 나오 다니 지나 지내 보이 들리 느끼 생기 만들 고르 바꾸 빼 시키 키우 닦 빨 벗 굽 끓이 볶 데우 싸우
사귀 헤어지 믿 웃기 울리 깨 졸 꾸 그리 붙 떨어지 떨리 설레 귀찮 좋아하 싫어하 미치 닮 어울리 잘하 못하 알아보
물어보 가보 와보 해보 드시 주무시 계시 뵙 드리 놓치 잊 외우 챙기 씹 삼키 피우 빠지 찌 지치 견디 참 이기 따 싣 털 뿌리
조지 땡기 당기 시작하 끝내 마치 정하 쏘 사주 해주 가주 와주 봐주 도와주 기다려주 그만두 어이없 재미없 상관없 필요없 쓸데없 관계없 문제없 소용없 정신없 말없 틀림없 별일없`.split(/\s+/),
);

/** Endings that, after a COMMON_VERBS stem, make a whole run a predicate (가+지, 보+고, 가+ㄹ래). */
const COMMON_ENDINGS = new Set(
  `고 지 자 기 러 는 은 던 면 서 도 요 다 게 네 니 냐 대 더라 는데 은데 는대 ㄴ대 고서 려고 려 며 면서 자마자 지만 니까 으니까
어 아 어서 아서 어도 아도 어야 아야 어요 아요 었 았 었어 았어 었다 았다 었는데 았는데 었지 았지 을 를 을까 ㄹ까 을래 ㄹ래 을게 ㄹ게
을걸 ㄹ걸 음 ㅁ 심 세요 셨 셔 시 신 실 습니다 ㅂ니다 냐고 자고 다고 대요 던데 든 든지 거나 구나 군 네요 잖아 지요 죠 쟈 징 당
엉 앙 용 어라 아라 으러 으면 으려고 은지 는지 을지 ㄹ지 던가 나 나요 ㄴ다 는다 ㄴ데 ㄹ 은가 는가 ㄴ가 겠 겠다 겠어 었음 았음 음 함
야 기로 기에 기도 기만 기는 기가 기를 자고 재 쟈나 게요 게용 께 께요 꺼야 ㄹ꺼야 을거야 ㄹ거야 는거야 는거 던거 은거 ㄴ거`.split(/\s+/),
);

/** Dictionary nouns that stay nouns even though they also read as COMMON_VERBS forms. */
const KEEP_NOUNS = new Set('가게 사자 차고 보기 나이 사진 자기 주기 가구 가수 오리 자리 보도 사다 대기 나무 사이 가사 오대 보리 사기꾼 주사 주소 가이드 사지 자유 오이 노래 가지가지 보고서'.split(' '));

/** Everyday nouns the dictionary also lists as adverbs (요리 "this way"); nouns first. */
const COMMON_BARE_NOUNS = '요리 그릇 고리 길이 가로 세로 최고 최선 최악 대부분'.split(' ');

/** Time nouns the dictionary also lists as adverbs; they stay nouns even when bare. */
const TIME_NOUNS = new Set('요즘 요새 지금 오늘 내일 어제 모레 그제 아침 점심 저녁 밤 낮 새벽 오전 오후 주말 평일 나중 이번 저번 다음 올해 작년 내년 매년 매일 그때 당분간 연말 연초'.split(' '));

/** Chat endings the package's ending list lacks (먹쟈, 했엉, 할게용). */
const EXTRA_ENDINGS = '쟈 엉 앙 징 용 염 셈 심 슴 삼 당 닷 즁 쥬 을게 ㄹ게 게용 께 꺼 꺼야 거야 건데 긔 듯 음 함 겟 겟다 겠 ㅋ 요 욤 여 넹 냥 쟝'.split(' ');

/** Last syllables that mark a predicate (verb or adjective form) when a word is unknown. */
const PREDICATE_FINALS = new Set(
  `어 아 요 다 지 네 까 래 자 고 서 데 야 냐 니 게 음 함 해 줘 워 와 져 봐 라 쟈 당 징 엉 앙 용 셈 듯 걸 군 나 남 던 든 며 면 죠
여 세 께 겠 퍼 써 쪄 펴 겨 려 녀 혀 쳐 텨 벼 켜 겟 갈 할 될 쥬 심 슴 삼 닷 뎅 댕 졍 쪙 욤 얌 임 셔 대 래 개 내 매 배 새 재 채`.split(/\s+/),
);

/** Syllables that make up laughter (크크, 하하하, 푸하하, 키킥). */
const LAUGH = new Set('크킄큭하허헤히호후흐키킥낄깔캬꺄푸풉킼ㅋㅎ'.split(''));

/** Default stop list for "most used words" (applied by the ranking, not by extractNouns). */
export const DEFAULT_STOP_WORDS: readonly string[] = Object.freeze([
  'ㅋㅋ', 'ㅎㅎ', 'ㅠㅠ', 'ㅜㅜ', '아', '음', '앗', '헐', '와', '응', '네',
  '그냥', '진짜', '정말', '너무', '완전', '약간', '좀', '조금', '많이', '제일', '대박',
  '오늘', '내일', '어제', '지금', '요즘', '나중', '다음', '이번', '저번', '아까', '이따',
  '우리', '나', '너', '저', '자기', '뭐', '이거', '그거', '저거', '거', '것', '때', '수', '중', '일',
  '사람', '생각', '말', '얘기', '시간', '하루', '오전', '오후', '때문', '정도', '거기', '여기',
  '그때', '이제', '처음', '다들', '미안',
]);

// ---------------------------------------------------------------------------------------
// Hangul helpers

const SYL_BASE = 0xac00;
const SYL_LAST = 0xd7a3;
const isSyllable = (c: number) => c >= SYL_BASE && c <= SYL_LAST;
const T_SS = 20; // ㅆ
const T_RIEUL = 8; // ㄹ
const T_BIEUP = 17; // ㅂ
const T_HIEUH = 27; // ㅎ
const L_IEUNG = 11; // ㅇ
const L_RIEUL = 5; // ㄹ
const L_HIEUH = 18; // ㅎ
const V = { A: 0, AE: 1, EO: 4, E: 5, YEO: 6, O: 8, WA: 9, WAE: 10, OE: 11, U: 13, WO: 14, EU: 18, I: 20 } as const;

function parts(ch: string) {
  const c = ch.charCodeAt(0) - SYL_BASE;
  return { l: Math.floor(c / 588), v: Math.floor((c % 588) / 28), t: c % 28 };
}
const compose = (l: number, v: number, t: number) => String.fromCharCode(SYL_BASE + l * 588 + v * 28 + t);

// ---------------------------------------------------------------------------------------
// Lexicon, built on first use

/** The parts of @nlpjs/lang-ko's dict.json that are used (word lists by part of speech). */
interface KoDict {
  Noun: string[];
  Verb: string[];
  Adjective: string[];
  Adverb: string[];
  Exclamation: string[];
  Conjunction: string[];
  Determiner: string[];
  Eomi: string[];
  PreEomi: string[];
}

/**
 * A read-only string set over the dictionary's 200 000 nouns: open addressing on an
 * Int32Array of indexes into the word array. Builds in ~25 ms where a Set takes ~100 ms
 * (no per-entry allocation, no rehashing); lookups cost about the same.
 */
class WordIndex {
  private readonly table: Int32Array;
  private readonly mask: number;
  constructor(private readonly list: readonly string[]) {
    let size = 1024;
    while (size < list.length * 2) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < list.length; i++) {
      const w = list[i];
      if (w.length < 2) continue;
      let j = WordIndex.hash(w) & this.mask;
      while (this.table[j] !== 0 && list[this.table[j] - 1] !== w) j = (j + 1) & this.mask;
      this.table[j] = i + 1;
    }
  }
  private static hash(w: string) {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
    return h >>> 0;
  }
  has(w: string): boolean {
    let j = WordIndex.hash(w) & this.mask;
    for (;;) {
      const v = this.table[j];
      if (v === 0) return false;
      if (this.list[v - 1] === w) return true;
      j = (j + 1) & this.mask;
    }
  }
}

interface WordSet {
  has(w: string): boolean;
}

interface Lexicon {
  nouns: WordSet;
  stems: Set<string>;
  endings: Set<string>;
  tails: Set<string>;
  /** Adverbs, interjections, conjunctions and determiners of the dictionary. */
  nonNouns: Set<string>;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const SINGLE_SET = new Set(SINGLE);
const EXTRA_SET = new Set(words(EXTRA_NOUNS));
const HEAD_SET = new Set(HEADS);
const DROP_SET = new Set(words(DROP));
const ADVERBIAL_SET = new Set(words(ADVERBIAL));
const INTERJECTION_SET = new Set(words(INTERJECTIONS));
const LIGHT_VERB_LIST = words(LIGHT_VERBS);
const PARTICLE_SET = new Set(words(PARTICLES));

let lexicon: Lexicon | null = null;

function loadDictionary(): KoDict {
  // createRequire keeps this a plain runtime require of the package's JSON (traced by
  // Next's bundler and by Node alike) and lets the 3 MB parse wait for the first call.
  const require = createRequire(import.meta.url);
  return require('@nlpjs/lang-ko/src/dict.json') as KoDict;
}

function buildLexicon(): Lexicon {
  const dict = loadDictionary();
  const dictNouns = new WordIndex(dict.Noun);
  const nouns: WordSet = { has: (w) => EXTRA_SET.has(w) || dictNouns.has(w) };

  const stems = new Set<string>([...dict.Verb, ...dict.Adjective]);
  for (const s of words('잘 조지 먹 있 없 좋 싫 맛있 맛없 재밌 멋있 귀엽 예쁘 이쁘 고프 아프 바쁘 자르 모르 부르 고맙 반갑 싶 하 되 가 오 보 주 자 사 타 두 쓰 크 끄 뜨 쉬 씻 눕 놀 만나 보내 끓이 졸리 떨리 미치 부럽 덥 춥 힘들 무섭 어렵 쉽 웃기 늦 빼 싸 비싸 땡기 땡 그렇 이렇 저렇 어떻 아니 맞 알 살 죽 시퍼 시프 보고싶 심심하 피곤하 괜찮 귀찮 짜증나 오글거리')) stems.add(s);
  stems.delete('');

  const endings = new Set<string>([...dict.Eomi, ...dict.PreEomi, ...EXTRA_ENDINGS]);
  endings.delete('');

  const particles = words(PARTICLES);
  const copula = words(COPULA);
  const tails = new Set<string>();
  for (const t of particles) tails.add(t);
  for (const c of copula) tails.add(c).add('이' + c);
  const nonNouns = new Set<string>([...dict.Adverb, ...dict.Exclamation, ...dict.Conjunction, ...dict.Determiner]);
  for (const t of TIME_NOUNS) nonNouns.delete(t);
  for (const t of COMMON_BARE_NOUNS) nonNouns.delete(t);
  nonNouns.delete('');
  return { nouns, stems, endings, tails, nonNouns };
}

function lex(): Lexicon {
  if (!lexicon) lexicon = buildLexicon();
  return lexicon;
}

// ---------------------------------------------------------------------------------------
// Predicates (verb / adjective forms): "is this string a conjugated stem + endings?"

/** Stems a (possibly contracted) syllable sequence may stand for: 갔→가, 봐→보, 잘라→자르, 귀여워→귀엽. */
function stemCandidates(head: string): string[] {
  const out = [head];
  const pre = head.slice(0, -1);
  const last = head[head.length - 1];
  if (!isSyllable(last.charCodeAt(0))) return out;
  const p = parts(last);
  const fused = p.t === T_SS || p.t === 4 || p.t === T_RIEUL || p.t === 16 || p.t === T_BIEUP; // ㅆ ㄴ ㄹ ㅁ ㅂ
  if (p.t !== 0 && !fused) return out;
  const { l, v } = p;
  const variants: string[] = [];
  if (p.t !== 0) variants.push(compose(l, v, 0)); // 갔 → 가, 간 → 가
  if (v === V.WA) variants.push(compose(l, V.O, 0)); // 봐 → 보
  if (v === V.WO) variants.push(compose(l, V.U, 0)); // 줘 → 주
  if (v === V.YEO) variants.push(compose(l, V.I, 0)); // 끓여 → 끓이
  if (v === V.AE && l === L_HIEUH) variants.push('하'); // 해 → 하
  // ㅎ-irregular: 어때 → 어떻, 그래 → 그렇, 빨개 → 빨갛
  if (v === V.AE && p.t === 0) variants.push(compose(l, V.EO, T_HIEUH), compose(l, V.A, T_HIEUH));
  if (v === V.WAE) variants.push(compose(l, V.OE, 0)); // 돼 → 되
  if (v === V.EO || v === V.A) variants.push(compose(l, V.EU, 0)); // 써 → 쓰, 고파 → 고프
  for (const x of variants) out.push(pre + x);
  // ㅂ-irregular: 귀여워 → 귀엽, 고마워 → 고맙
  if ((v === V.WO || v === V.WA) && l === L_IEUNG && pre.length > 0) {
    const q = parts(pre[pre.length - 1]);
    if (q.t === 0) out.push(pre.slice(0, -1) + compose(q.l, q.v, T_BIEUP));
  }
  // 르-irregular: 잘라 → 자르, 몰라 → 모르, 불러 → 부르
  if ((v === V.A || v === V.EO) && l === L_RIEUL && pre.length > 0) {
    const q = parts(pre[pre.length - 1]);
    if (q.t === T_RIEUL) out.push(pre.slice(0, -1) + compose(q.l, q.v, 0) + '르');
  }
  return out;
}

/** Honorific / tense / mood markers that sit between a stem and its ending (먹+었+어). */
const PRE_ENDINGS = '시 셨 셔 세 었 았 였 겠 겟 었었 았었 으시 으셨 으세'.split(' ');
/** Endings that link to an auxiliary verb (먹고+싶어, 끓여+먹을까, 해+줘). */
const LINK_ENDINGS = '고 어 아 여 게 지 러 으러 어다 아다 다가 어서 아서 여서'.split(' ');

/**
 * Work left for the predicate analysis of the current run. Chains of endings and
 * auxiliary verbs branch a lot; a key-mash like 지고지고지고… must not cost a send
 * request hundreds of milliseconds, so each run gets a fixed number of steps.
 */
const RUN_BUDGET = 1500;
let budget = RUN_BUDGET;

function isEnding(s: string, depth: number): boolean {
  if (s === '') return true;
  if (--budget < 0) return false;
  const { endings } = lex();
  if (endings.has(s)) return true;
  if (depth > 4) return false;
  for (const p of PRE_ENDINGS) if (s.length > p.length && s.startsWith(p) && isEnding(s.slice(p.length), depth + 1)) return true;
  for (const p of LINK_ENDINGS) if (s.length > p.length && s.startsWith(p) && isPredicate(s.slice(p.length), depth + 1)) return true;
  // The auxiliary verb may also follow directly when 아/어 merged into the stem (가봐).
  return depth < 3 && isPredicate(s, depth + 1);
}

/** A bare stem is a word form only when 아/어 has merged into it (가, 봐, 짜증나). */
function bareStemIsForm(stem: string) {
  const p = parts(stem[stem.length - 1]);
  return p.t === 0 && (p.v === V.A || p.v === V.EO || p.v === V.AE || p.v === V.E || p.v === V.YEO);
}

/** isPredicate answers by (string, depth): pure, and chat repeats its verb forms. */
const predicateMemo = new Map<string, boolean>();

function isPredicate(s: string, depth = 0, onlyStems?: Set<string>): boolean {
  if (onlyStems) return predicateUncached(s, depth, onlyStems);
  const key = depth + s;
  const known = predicateMemo.get(key);
  if (known !== undefined) return known;
  const answer = predicateUncached(s, depth);
  if (budget < 0) return answer; // cut short: not a reliable answer to remember
  if (predicateMemo.size > 20_000) predicateMemo.clear();
  predicateMemo.set(key, answer);
  return answer;
}

function predicateUncached(s: string, depth: number, onlyStems?: Set<string>): boolean {
  if (--budget < 0) return false;
  const { stems } = lex();
  for (let k = Math.min(4, s.length); k >= 1; k--) {
    const head = s.slice(0, k);
    const rest = s.slice(k);
    for (const stem of stemCandidates(head)) {
      if (onlyStems && !onlyStems.has(stem)) continue;
      if (!stems.has(stem)) continue;
      if (rest === '' && stem === head && !bareStemIsForm(stem)) continue;
      // A final fused into the stem's last syllable needs an ending after it unless it
      // is ㄴ/ㄹ/ㅁ/ㅆ (간, 갈, 감, 갔); 집 is not 지+ㅂ.
      if (rest === '' && stem.length === head.length && stem !== head && parts(head[head.length - 1]).t === T_BIEUP) continue;
      if (isEnding(rest, depth + 1)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Nouns of one Hangul run

const VOWEL_ONLY_ENDING = /^[으을은음]/;
const LIGHT_VERB_ENDS = new Set('해 했 한 할 함 돼 됐 된 될'.split(' '));
const INTENSIFIERS = ['개', '존', '핵', '넘', '졸', '왕', '겁나', '완전', '존나', '졸라', '너무', '진짜', '레알'];

/** Endings allowed after a final fused into the stem: 갔+어, 간+다, 갈+래, 갑+니다 (not 감+기). */
const FUSED_ENDINGS: Record<number, Set<string>> = {
  4: new Set('다 대 데 가 지 다고 다며 다면 대요 데요 다니 거 게 거야 건 건데 듯 줄 적 대서 단다'.split(' ')),
  8: new Set('래 까 게 거 거야 걸 지 때 수 래요 까요 게요 꺼야 께 꺼 듯 줄 건데 텐데 려고'.split(' ')),
  16: new Set<string>(),
  17: new Set('니다 니까 시다'.split(' ')),
};
/** Endings that only follow a stem which has absorbed 아/어 (가도, 해서, 봐야). */
const ABSORBED_ENDINGS = new Set('서 도 야 요 야지 서요 야겠다 야돼 야지만'.split(' '));

const CONNECTORS = ['', '고', '어', '아', '여', '게', '지', '러', '어다', '아다', '다'];

/**
 * Is the whole run an everyday verb/adjective form (가지, 보고, 갈래, 갔어, 일어날,
 * 보고싶어, 나가보자)? `inner` is set for an auxiliary verb after a connector, where a
 * one-syllable form with a fused final (찍어준) counts too.
 */
function isCommonPredicate(run: string, inner = false): boolean {
  if (!inner && KEEP_NOUNS.has(run)) return false;
  if (--budget < 0) return false;
  for (let k = Math.min(4, run.length); k >= 1; k--) {
    const head = run.slice(0, k);
    const rest = run.slice(k);
    const lastT = parts(head[head.length - 1]).t;
    for (const stem of stemCandidates(head)) {
      if (!COMMON_VERBS.has(stem)) continue;
      if (rest === '') {
        if (stem === head) {
          if (run.length >= 2 && bareStemIsForm(stem)) return true;
          continue;
        }
        // 간, 갈, 갔, 봐 are forms; 그림, 싸움 (ㅁ) are nouns made from verbs.
        if (lastT === 0 || lastT === T_SS) return true;
        if ((lastT === 4 || lastT === T_RIEUL) && (run.length >= 2 || inner)) return true;
        continue;
      }
      const fused = stem.length === head.length && stem !== head && lastT !== 0 ? FUSED_ENDINGS[lastT] : undefined;
      if (fused) {
        if (fused.has(rest)) return true;
        continue;
      }
      if (COMMON_ENDINGS.has(rest)) {
        // 으/을/은/음 endings follow consonant stems only (먹을까, not 가을).
        if (VOWEL_ONLY_ENDING.test(rest) && stem === head && parts(stem[stem.length - 1]).t === 0) continue;
        // 서/도/야 need 아/어 inside the head (가도, 해서), not 말+도.
        if (ABSORBED_ENDINGS.has(rest) && stem === head && !bareStemIsForm(stem)) continue;
        return true;
      }
      if (!inner) {
        // '' connects only when 아/어 is already inside the head (가+보자, 해+줘).
        const merged = lastT === 0 && (stem !== head || bareStemIsForm(stem));
        for (const c of CONNECTORS) {
          if (c === '' && !merged) continue;
          if (rest.length > c.length && rest.startsWith(c) && isCommonPredicate(rest.slice(c.length), true)) return true;
        }
      }
    }
  }
  return false;
}

/** Particles / copula endings, optionally after a noun suffix (님이, 들이랑, 째야). */
function isParticleTail(tail: string, tails: Set<string>): boolean {
  if (tails.has(tail)) return true;
  // Two particles in a row (에서는, 까지도, 이랑은).
  for (let k = 1; k < tail.length; k++) if (PARTICLE_SET.has(tail.slice(0, k)) && tails.has(tail.slice(k))) return true;
  for (const s of NOUN_SUFFIXES) {
    if (tail.startsWith(s) && (tail.length === s.length || tails.has(tail.slice(s.length)))) return true;
  }
  return false;
}

function startsWithLightVerb(tail: string) {
  for (const lv of LIGHT_VERB_LIST) if (tail.startsWith(lv)) return true;
  return false;
}

/** Can `tail` follow `noun`? */
function tailOk(tail: string, noun: string): boolean {
  if (tail === '') return true;
  const { tails, stems } = lex();
  if (isParticleTail(tail, tails)) return true;
  if (startsWithLightVerb(tail)) return true;
  // A verb form after the noun (space left out: 밥먹었어, 머리잘랐어) — unless the
  // "noun" is itself a verb form (전해+줘).
  if (stemCandidates(noun).some((c) => c !== noun && stems.has(c))) return false;
  if (noun.length >= 2 && LIGHT_VERB_ENDS.has(noun[noun.length - 1])) return false;
  if (noun.length >= 2) return isPredicate(tail);
  return isPredicate(tail, 0, SINGLE_NOUN_VERBS);
}

const PRONOUN_OPENERS = new Set('우리 저희 너네 너희 내 니 너 네 제 저 나 걔 얘'.split(' '));
/** Words where 님 is part of the word, not an honorific on a noun (어머님 is not 어머+님). */
const NIM_WORDS = new Set('어머님 아버님 하느님 하나님 사모님 따님 아드님 손님'.split(' '));
const PARTICLE_SYLLABLES = new Set('이 은 는 을 를 도 만 에 랑 로'.split(' '));

function isNounSegment(seg: string, first: boolean, nouns: WordSet) {
  if (seg.length >= 2) return nouns.has(seg);
  // A one-syllable pronoun / dependent noun may open a run (너도, 중이야) so that the
  // run is consumed and then dropped.
  return first ? SINGLE_SET.has(seg) || DROP_SET.has(seg) || COUNTERS.has(seg) : HEAD_SET.has(seg);
}

function looksLikeLaughter(run: string) {
  for (const ch of run) if (!LAUGH.has(ch)) return false;
  return run.length >= 3 || run[0] === run[1];
}

const DEPENDENT_FINALS = new Set('중 거 것 게 듯 때 수 줄 데 뿐 척 걸 건'.split(' '));

function looksLikePredicate(run: string) {
  const last = run[run.length - 1];
  if (PREDICATE_FINALS.has(last)) return true;
  // A verb form plus a dependent noun written together (듣는중, 할거).
  if (DEPENDENT_FINALS.has(last) && run.length >= 2 && isPredicate(run.slice(0, -1))) return true;
  if (isSyllable(last.charCodeAt(0)) && parts(last).t === T_SS) return true;
  return isPredicate(run);
}

/** Strips a noun suffix (님, 들) that the dictionary glued on (사람들 → 사람, not 손님 → 손). */
function normalizeNoun(noun: string, nouns: WordSet) {
  for (const s of ['님들', '님', '들']) {
    if (s !== '들' && NIM_WORDS.has(noun.slice(0, noun.length - s.length + 1))) continue;
    if (noun.length - s.length >= 2 && noun.endsWith(s) && nouns.has(noun.slice(0, -s.length))) return noun.slice(0, -s.length);
  }
  // Two-syllable entries that are a one-syllable noun plus a particle (산이, 중이, 시에).
  if (noun.length === 2 && !EXTRA_SET.has(noun) && PARTICLE_SYLLABLES.has(noun[1]) && (SINGLE_SET.has(noun[0]) || DROP_SET.has(noun[0]) || COUNTERS.has(noun[0]))) {
    return noun[0];
  }
  return noun;
}

const isDropped = (w: string) => DROP_SET.has(w) || INTERJECTION_SET.has(w) || (w.length === 1 && !SINGLE_SET.has(w));

/** Is the run a dictionary noun of three syllables or more, maybe with particles (보일러가)? */
function startsWithLongNoun(run: string, nouns: WordSet, tails: Set<string>) {
  for (let e = run.length; e >= 3; e--) {
    if (nouns.has(run.slice(0, e)) && (e === run.length || isParticleTail(run.slice(e), tails))) return true;
  }
  return false;
}

interface RunNoun {
  noun: string;
  /** A bare one-syllable noun that is also a verb's modifier form (산 = bought, 간 = went). */
  maybeModifier: boolean;
}

/** Segment cost: 학과 after a field of study binds (컴퓨터공학과 is one department). */
function segmentCost(run: string, j: number, i: number) {
  return i - j === 1 && run[j] === '과' && j > 0 && run[j - 1] === '학' ? 0 : 1;
}

/** The noun of one Hangul run (no spaces), or null. */
/** Longer runs are key-mashing or spam, not words (and would cost O(n²) lookups). */
const MAX_RUN = 16;

/** nounOfRun answers by run: pure, and chat repeats its words. */
const runMemo = new Map<string, RunNoun | null>();

function nounOfRun(run: string): RunNoun | null {
  const known = runMemo.get(run);
  if (known !== undefined) return known;
  budget = RUN_BUDGET;
  const answer = parseRun(run);
  if (runMemo.size > 50_000) runMemo.clear();
  runMemo.set(run, answer);
  return answer;
}

function parseRun(run: string): RunNoun | null {
  const n = run.length;
  if (n === 0 || n > MAX_RUN) return null;
  if (INTERJECTION_SET.has(run) || ADVERBIAL_SET.has(run) || DROP_SET.has(run) || looksLikeLaughter(run)) return null;
  const { nouns, tails, nonNouns } = lex();
  if (!startsWithLongNoun(run, nouns, tails) && isCommonPredicate(run)) return null;

  // best[i]: fewest noun segments covering run[0:i] (Infinity when impossible);
  // firstEnd[i]: where the first segment of that cover ends.
  const best = new Array<number>(n + 1).fill(Infinity);
  const firstEnd = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j < i; j++) {
      if (best[j] === Infinity) continue;
      const cost = best[j] + segmentCost(run, j, i);
      if (cost >= best[i]) continue;
      if (isNounSegment(run.slice(j, i), j === 0, nouns)) {
        best[i] = cost;
        firstEnd[i] = j === 0 ? i : firstEnd[j];
      }
    }
  }
  // The reading with the fewest nouns wins (스키장+이지 over 스키장이지, 잠수+탐 over
  // 잠+수탐); among those the longest noun part (운동장, not 운동+장).
  const order: number[] = [];
  for (let e = n; e >= 1; e--) if (best[e] !== Infinity) order.push(e);
  const { tails: tailSet } = lex();
  const score = (e: number) => {
    const tail = run.slice(e);
    const predicateTail = tail !== '' && !isParticleTail(tail, tailSet) && !startsWithLightVerb(tail);
    const singleOpener = best[e] >= 2 && firstEnd[e] === 1;
    return best[e] + (predicateTail ? 1 : 0) + (singleOpener ? 0.5 : 0);
  };
  order.sort((a, b) => score(a) - score(b) || b - a);
  for (const e of order) {
    const tail = run.slice(e);
    if (!tailOk(tail, run.slice(0, e))) continue;
    // An intensifier glued to a predicate (개웃기네 is 개 + 웃기네, not the noun 개웃기).
    const opener = run.slice(0, firstEnd[e]);
    if (best[e] >= 2 && INTENSIFIERS.includes(opener) && isPredicate(run.slice(opener.length))) return null;
    let noun = run.slice(0, e);
    // A compound opening with a pronoun is the pronoun and a noun (우리동네 → 동네).
    if (best[e] >= 2 && PRONOUN_OPENERS.has(run.slice(0, firstEnd[e]))) noun = run.slice(firstEnd[e], e);
    noun = normalizeNoun(noun, nouns);
    if (isDropped(noun)) return null;
    const bare = tail === '' || tail === '로' || tail === '도' || tail === '이';
    if (bare && (ADVERBIAL_SET.has(noun) || (best[e] === 1 && noun.length > 1 && nonNouns.has(noun)))) return null;
    let maybeModifier = false;
    if (noun.length === 1 && tail === '') {
      const p = parts(noun);
      if (p.t === 4 || p.t === T_RIEUL) maybeModifier = COMMON_VERBS.has(compose(p.l, p.v, 0));
    }
    return { noun, maybeModifier };
  }

  // Unknown word. An intensifier glued to a predicate (개많아, 존맛있어) is no noun.
  for (const p of INTENSIFIERS) if (run.length > p.length && run.startsWith(p) && isPredicate(run.slice(p.length))) return null;
  // Otherwise strip the longest particle tail (a lone 이 stays: 치즈냥이, 금순이) and keep
  // what remains if it does not look like a predicate.
  for (let e = 2; e <= n; e++) {
    const tail = run.slice(e);
    if (tail !== '' && (tail === '이' || !isParticleTail(tail, tails))) continue;
    const stem = run.slice(0, e);
    if (looksLikeLaughter(stem) || isDropped(stem) || ADVERBIAL_SET.has(stem) || nonNouns.has(stem)) return null;
    if (looksLikePredicate(stem)) continue;
    return { noun: stem, maybeModifier: false };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Public API

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const RUN_RE = /[\uac00-\ud7a3]+|[A-Za-z]+|[0-9]+(?:[.,][0-9]+)*|[\u3131-\u318e]+/g;
const NUMBER_WORDS = new Set('한 두 세 네 다섯 여섯 일곱 여덟 아홉 열 몇 스무 서너 두세 한두 여러'.split(' '));

/**
 * The nouns of a casual Korean chat line, in order of appearance, duplicates kept.
 * Pure apart from the dictionary, which is loaded once on the first call.
 */
export function extractNouns(text: string): string[] {
  const out: string[] = [];
  if (!text) return out;
  const cleaned = text.replace(URL_RE, ' ');
  let prevWordIsNumber = false;
  // A bare one-syllable noun that may be a verb's modifier (이번에 산 책): kept only if
  // the next word does not start with a noun.
  let pendingModifier = -1;
  for (const word of cleaned.split(/\s+/)) {
    if (!word) continue;
    let afterDigits = false;
    let wordIsNumber = false;
    let first = true;
    for (const m of word.matchAll(RUN_RE)) {
      let run = m[0];
      const c = run.charCodeAt(0);
      if (c >= 0x30 && c <= 0x39) {
        afterDigits = true;
        wordIsNumber = true;
        continue;
      }
      let counterContext = afterDigits || (first && prevWordIsNumber);
      afterDigits = false;
      const firstRun = first;
      first = false;
      if (c >= 0x3131 && c <= 0x318e) continue; // ㅋㅋ ㅠㅠ ㄱㄱ
      if (c < 0x80) {
        if (counterContext) continue; // 5kg, 10km
        const w = run.toLowerCase();
        if (w.length >= 2 && !EN_SKIP.has(w)) out.push(w);
        continue;
      }
      if (run.length > 1 && run[0] === '몇') {
        run = run.slice(1); // 몇시, 몇개
        counterContext = true;
      }
      const found = nounOfRun(run);
      if (firstRun && pendingModifier >= 0 && (found || DEPENDENT_FINALS.has(run[0]))) out.splice(pendingModifier, 1);
      if (firstRun) pendingModifier = -1;
      if (!found) continue;
      if (counterContext && COUNTERS.has(found.noun)) continue;
      if (found.maybeModifier && firstRun) pendingModifier = out.length;
      out.push(found.noun);
    }
    prevWordIsNumber = wordIsNumber || NUMBER_WORDS.has(word);
  }
  return out;
}

const HANGUL_WORD = /^[\uac00-\ud7a3]+$/;

/**
 * Does `noun` (as extractNouns returns it) count as `keyword`? Equal (case-insensitive),
 * or a Korean compound whose head (end) is the keyword — 길고양이 counts as 고양이,
 * 운동장 does not count as 운동. The suffix rule needs a Hangul keyword of two syllables
 * or more (so 밥 matches only 밥, and English "art" does not match "heart").
 */
export function matchesKeyword(noun: string, keyword: string): boolean {
  const a = noun.toLowerCase();
  const k = keyword.toLowerCase();
  if (!k) return false;
  if (a === k) return true;
  return k.length >= 2 && HANGUL_WORD.test(k) && a.length > k.length && a.endsWith(k);
}

/** Loads the dictionary now (e.g. at server start) instead of on the first line. */
export function warmNouns(): void {
  lex();
}

/** Forgets the words parsed so far (for benchmarks: time parsing, not the memo). */
export function clearNounCache(): void {
  runMemo.clear();
  predicateMemo.clear();
}
