// Side-effect module: hooks the couple tools into the chat send path. Imported by the
// message routes (importing it from lib/chat would be circular).
//   after send   — the message's nouns are counted, and it may ask a question;
//   after delete — its nouns are taken back out of the counts.
// (An open question I have not answered refuses my message inside the send statement
// itself: lib/couple/gate.ts.)
import { onAfterDelete, onAfterSend } from '@/lib/chat/hooks';
import { afterCoupleDelete, afterCoupleSend } from './message-hooks';

onAfterSend('couple-words-and-questions', afterCoupleSend);
onAfterDelete('couple-words', afterCoupleDelete);
