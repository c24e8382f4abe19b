// Couple keyword questions against the running server: a keyword asks a question right
// after its message, the gate is per person and enforced by the server, answers are
// revealed only when both answered, questions never repeat, the frequency setting.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { moveServerClock } from '../helpers/family';
import { eventually, makeCouple, say, settle, type User } from '../helpers/couple';
import { listen, type Listener } from '../helpers/realtime';

const DAY = 24 * 60 * 60 * 1000;
const open: Listener[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) l.close();
  await moveServerClock(0);
});
afterAll(() => db.$disconnect());

const overview = async (u: User, circleId: string) => (await u.client.json(`/api/circles/${circleId}/couple`, 'GET')).data.couple;
const openQuestion = async (u: User, circleId: string) => (await overview(u, circleId)).openQuestion as { id: string; text: string; keyword: string; cardSeq: number; answers: { user: { id: string }; answered: boolean; body: string | null }[] } | null;
const answer = (u: User, circleId: string, id: string, body: string) => u.client.json(`/api/circles/${circleId}/questions/${id}/answers`, 'POST', { body });
const questionCount = (circleId: string) => db.coupleQuestion.count({ where: { circleId } });

describe('keyword questions', () => {
  it('asks the keyword question after its message, gates each partner until they answer, reveals both answers', async () => {
    const { a, b, circleId, roomId } = await makeCouple();
    const room = await listen(b.client, channels.room(roomId));
    const circle = await listen(a.client, channels.circle(circleId));
    open.push(room, circle);

    for (const line of ['안녕 내 이름은 최윤석이야', '나는 컴퓨터공학과에 재학 중이야']) expect((await say(a, roomId, line)).status).toBe(201);
    expect((await say(b, roomId, '안녕 반가워!!')).status).toBe(201);
    expect((await say(b, roomId, '오늘 뭐 할 예정이야?')).status).toBe(201);
    await settle();
    expect(await questionCount(circleId)).toBe(0);

    const trigger = await say(a, roomId, '나는 운동갔다가 저녁 먹고 쉬려고!');
    const q = await eventually(() => openQuestion(a, circleId));
    expect(q.keyword).toBe('운동');
    expect(q.text).toBe('운동하는 거 좋아해?');
    // Shown in the room right after the message, live, and announced on the circle channel.
    expect(q.cardSeq).toBe(trigger.data.message.seq + 1);
    const card = await eventually(async () => room.events.find((e) => (e.data as { system?: { key: string } }).system?.key === 'couple-question'));
    expect(card.data).toMatchObject({ seq: q.cardSeq, system: { args: { questionId: q.id, circleId } } });
    await circle.waitFor('couple-changed');

    // Neither partner has the room open (no presence): both find the question in their notifications.
    for (const u of [a, b]) {
      const notes = await eventually(async () => ((await u.client.json('/api/notifications', 'GET')).data.notifications as { kind: string; title: string; body: string; url: string }[]).find((n) => n.kind === 'couple.question'));
      expect(notes).toMatchObject({ title: '새 질문이 도착했어요', body: '운동하는 거 좋아해?', url: `/chat/${roomId}?seq=${q.cardSeq}` });
    }

    // Both are gated, by the server, with a 409 that says why.
    for (const u of [a, b]) {
      const refused = await say(u, roomId, '그래?');
      expect(refused.status).toBe(409);
      expect(refused.data.error.code).toBe('conflict');
      expect(refused.data.error.details.reason).toBe('question_unanswered');
      expect(refused.data.error.message).toContain('질문');
    }
    const stored = await db.message.count({ where: { roomId, body: '그래?' } });
    expect(stored).toBe(0);

    // A answers: A may chat on, B is still gated; B cannot see A's answer yet.
    expect((await answer(a, circleId, q.id, '응 헬스 좋아해')).status).toBe(200);
    expect((await say(a, roomId, '너는?')).status).toBe(201);
    expect((await say(b, roomId, '음')).status).toBe(409);
    const hidden = (await b.client.json(`/api/circles/${circleId}/questions/${q.id}`, 'GET')).data.question;
    expect(hidden.revealed).toBe(false);
    expect(hidden.answers.find((x: { user: { id: string } }) => x.user.id === a.id)).toMatchObject({ answered: true, body: null });
    const mine = (await a.client.json(`/api/circles/${circleId}/questions/${q.id}`, 'GET')).data.question;
    expect(mine.answers.find((x: { user: { id: string } }) => x.user.id === a.id).body).toBe('응 헬스 좋아해');
    expect((await answer(a, circleId, q.id, '두 번째 답')).status).toBe(409);

    // B answers: both answers are revealed to both.
    const revealed = await answer(b, circleId, q.id, '나는 요가!');
    expect(revealed.status).toBe(200);
    expect(revealed.data.question.revealed).toBe(true);
    const seenByA = (await a.client.json(`/api/circles/${circleId}/questions/${q.id}`, 'GET')).data.question;
    expect(seenByA.answers.map((x: { body: string }) => x.body).sort()).toEqual(['나는 요가!', '응 헬스 좋아해'].sort());
    expect((await say(b, roomId, '이제 말할 수 있다')).status).toBe(201);
    // A answered first: A is told that both answers can now be seen; B (who revealed them) is not.
    const answered = async (u: User) => ((await u.client.json('/api/notifications', 'GET')).data.notifications as { kind: string; title: string }[]).filter((n) => n.kind === 'couple.answered');
    expect((await eventually(() => answered(a).then((x) => x.length > 0 && x)))[0].title).toBe('상대가 답했어요 — 이제 서로의 답을 볼 수 있어요');
    expect(await answered(b)).toEqual([]);

    // 운동 was asked already, so the new keyword of the next line wins: cats.
    await say(b, roomId, '어제 운동 가는 길에 길고양이 봤는데 너무 귀엽더라');
    const cats = await eventually(() => openQuestion(b, circleId));
    expect(cats.text).toBe('고양이랑 강아지 중에 누굴 더 좋아해?');
    expect((await answer(b, circleId, cats.id, '고양이')).status).toBe(200);
    // A keyword seen while a question is open is dropped, not queued.
    expect((await say(b, roomId, '밥 먹었어?')).status).toBe(201);
    await settle();
    expect(await questionCount(circleId)).toBe(2);
    expect((await answer(a, circleId, cats.id, '강아지')).status).toBe(200);

    await say(a, roomId, '아 나는 밥 먹으러 갔다 와야겠다!');
    const food = await eventually(() => openQuestion(a, circleId));
    expect(food.text).toBe('한식, 중식, 양식, 일식 중에 뭘 제일 좋아해?');

    // The archive: newest first, waiting ones show who has not answered, searchable.
    const archive = (await b.client.json(`/api/circles/${circleId}/questions`, 'GET')).data.questions;
    expect(archive.map((x: { keyword: string }) => x.keyword)).toEqual(['밥', '길고양이', '운동']);
    expect(archive[0].answers.every((x: { answered: boolean }) => !x.answered)).toBe(true);
    const search = (await b.client.json(`/api/circles/${circleId}/questions?q=${encodeURIComponent('고양이')}`, 'GET')).data.questions;
    expect(search).toHaveLength(1);
    expect(search[0].answers.map((x: { body: string }) => x.body).sort()).toEqual(['강아지', '고양이']);
  });

  it('never asks the same question twice; the next question of a keyword comes the next time', async () => {
    const { a, b, circleId, roomId } = await makeCouple();
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await say(a, roomId, '운동!');
      const q = await eventually(() => openQuestion(a, circleId));
      expect(seen.has(q.text)).toBe(false);
      seen.add(q.text);
      await answer(a, circleId, q.id, '응');
      await answer(b, circleId, q.id, '응');
    }
    const rows = await db.coupleQuestion.findMany({ where: { circleId }, select: { questionId: true } });
    expect(new Set(rows.map((r) => r.questionId)).size).toBe(3);
  });

  it('the gate survives a new sign-in and another device; the other partner chats on', async () => {
    const { a, b, circleId, roomId } = await makeCouple();
    await say(a, roomId, '고양이 좋아?');
    const q = await eventually(() => openQuestion(a, circleId));
    await answer(b, circleId, q.id, '좋아');
    // A signs in again on a fresh device: the question is still waiting for A.
    const { Client } = await import('../helpers/client');
    const other = new Client();
    expect((await other.signIn(a.loginId, a.password)).ok).toBe(true);
    const fresh = (await other.json(`/api/circles/${circleId}/couple`, 'GET')).data.couple;
    expect(fresh.waitingQuestion.id).toBe(q.id);
    expect((await other.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'STICKER', clientId: 'sticker-gate-1', stickerId: 'grape-hi' })).status).toBe(409);
    expect((await say(b, roomId, '나는 답했어')).status).toBe(201);
    expect((await overview(b, circleId)).waitingQuestion).toBeNull();
  });

  it('the gate is part of the send: a retried asking message comes back, a refused one takes no number, outsiders get 404, other rooms stay open', async () => {
    const { a, b, circleId, roomId } = await makeCouple();
    const clientId = `asking-${Date.now()}`;
    const sendAsking = () => a.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId, body: '고양이 키우고 싶다' });
    const first = await sendAsking();
    expect(first.status).toBe(201);
    const q = await eventually(() => openQuestion(a, circleId));
    // The outbox retries the message that asked the question: it gets the stored one back, not a refusal.
    const retry = await sendAsking();
    expect(retry.status).toBe(201);
    expect(retry.data.message.id).toBe(first.data.message.id);
    const refused = await say(a, roomId, '그래서');
    expect(refused.status).toBe(409);
    expect(refused.data.error.details).toEqual({ questionId: q.id, reason: 'question_unanswered' });
    // Someone outside the couple learns nothing about its question.
    const { newUser } = await import('../helpers/client');
    const stranger = await newUser();
    expect((await say(stranger, roomId, '안녕')).status).toBe(404);
    // The gate holds in the couple's room only.
    await db.friendship.createMany({ data: [{ ownerId: a.id, friendId: stranger.id }, { ownerId: stranger.id, friendId: a.id }] });
    const other = await a.client.json('/api/rooms', 'POST', { name: '친구방', memberIds: [stranger.id] });
    expect(other.status).toBe(201);
    expect((await say(a, other.data.roomId, '잠깐만')).status).toBe(201);
    // Answering opens it at once; the refused send took no number, so the next message follows the card.
    await answer(a, circleId, q.id, '응');
    const next = await say(a, roomId, '답했어');
    expect(next.status).toBe(201);
    expect(next.data.message.seq).toBe(q.cardSeq + 1);
    await answer(b, circleId, q.id, '나도');

    // A question opened elsewhere (another server instance, here straight in the database)
    // gates the very next send: nothing about it is cached in this server.
    const opened = await db.coupleQuestion.create({ data: { circleId, questionId: 'travel-1', groupId: 'travel', keyword: '여행', askedAt: new Date() } });
    for (const u of [a, b]) expect((await say(u, roomId, '여기 있어?')).data.error?.details?.questionId).toBe(opened.id);
    await db.coupleAnswer.create({ data: { coupleQuestionId: opened.id, userId: b.id, body: '제주도' } });
    expect((await say(b, roomId, '나는 답했어')).status).toBe(201);
    expect((await say(a, roomId, '나는 아직')).status).toBe(409);
  });

  it('frequency: off asks nothing, once a day asks at most one per Korean day; both partners see the setting', async () => {
    const { a, b, circleId, roomId } = await makeCouple();
    expect((await a.client.json(`/api/circles/${circleId}/couple`, 'PATCH', { questionFrequency: 'OFF' })).status).toBe(200);
    expect((await overview(b, circleId)).questionFrequency).toBe('OFF');
    await say(a, roomId, '운동 가자');
    await settle();
    expect(await questionCount(circleId)).toBe(0);

    expect((await b.client.json(`/api/circles/${circleId}/couple`, 'PATCH', { questionFrequency: 'DAILY' })).status).toBe(200);
    await say(a, roomId, '운동 가자');
    const first = await eventually(() => openQuestion(a, circleId));
    await answer(a, circleId, first.id, '응');
    await answer(b, circleId, first.id, '응');
    await say(a, roomId, '고양이 봤어');
    await settle();
    expect(await questionCount(circleId)).toBe(1);
    await moveServerClock(DAY);
    await say(a, roomId, '고양이 봤어');
    await eventually(() => openQuestion(a, circleId));
    expect(await questionCount(circleId)).toBe(2);

    for (const body of [{ questionFrequency: 'SOMETIMES' }, {}, { startDate: '2026-02-30' }, { startDate: '20260101' }]) {
      expect((await a.client.json(`/api/circles/${circleId}/couple`, 'PATCH', body)).status, JSON.stringify(body)).toBe(422);
    }
    expect((await overview(a, circleId)).questionFrequency).toBe('DAILY');
  });

  it('bad answers are refused with a clear 4xx and store nothing', async () => {
    const { a, circleId, roomId } = await makeCouple();
    await say(a, roomId, '운동 좋아해');
    const q = await eventually(() => openQuestion(a, circleId));
    for (const body of [{ body: '' }, { body: '   ' }, { body: 'ㄱ'.repeat(1000) }, { body: 'a\u0000b' }, { body: 42 }, {}]) {
      const res = await a.client.json(`/api/circles/${circleId}/questions/${q.id}/answers`, 'POST', body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(422);
      expect(typeof res.data.error.message).toBe('string');
    }
    expect(await db.coupleAnswer.count({ where: { coupleQuestionId: q.id } })).toBe(0);
    expect((await a.client.json(`/api/circles/${circleId}/questions/${q.id}/answers`, 'POST', '{not json')).status).toBe(400);
  });
});
