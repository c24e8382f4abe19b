// Side-effect module: hooks push notifications into the chat send path. Imported by
// the message route (importing it from lib/chat would be circular).
import { onAfterSend } from '@/lib/chat/hooks';
import { pushForMessage } from './message-push';

onAfterSend('message-push', pushForMessage);
