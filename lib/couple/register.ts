// Side-effect module: hooks the couple tools into the chat send path. Imported by the
// message routes (importing it from lib/chat would be circular).
//   before send — an open question I have not answered refuses my message (409);
//   after send  — the message's nouns are counted, and it may ask a question;
//   after delete — its nouns are taken back out of the counts.
import { onAfterDelete, onAfterSend, onBeforeSend } from '@/lib/chat/hooks';
import { refuseWhileUnanswered, maybeAskQuestion } from './question-service';
import { countMessageWords, uncountMessageWords } from './word-service';

onBeforeSend('couple-question-gate', async ({ actorId, room }) => {
  if (room.kind === 'CIRCLE' && room.circleId) await refuseWhileUnanswered(room.circleId, actorId);
});
onAfterSend('couple-words-and-questions', async ({ actorId, room, message, memberIds }) => {
  if (room.kind !== 'CIRCLE' || !room.circleId || message.kind !== 'TEXT') return;
  await countMessageWords(room.circleId, actorId, new Date(message.createdAt), message.body);
  await maybeAskQuestion(room.circleId, room.id, message.body, message.seq, memberIds);
});
onAfterDelete('couple-words', async ({ room, message }) => {
  if (room.kind !== 'CIRCLE' || !room.circleId || message.kind !== 'TEXT' || !message.senderId) return;
  await uncountMessageWords(room.circleId, message.senderId, message.createdAt, message.body);
});
