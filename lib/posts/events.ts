// What group orders publish, after commit. A post's changes go to its room's channel:
// every member is subscribed there already, and a banned or departed person's
// connections were cut before the change, so nothing reaches them.
import { publish } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';
import type { PostDto } from './dto';

export const publishPostChanged = (post: Pick<PostDto, 'id' | 'roomId' | 'status' | 'joined' | 'wanted'>) =>
  publish(channels.room(post.roomId), 'post-changed', { postId: post.id, status: post.status, joined: post.joined, wanted: post.wanted });
