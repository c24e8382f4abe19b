'use client';

// Friends and profiles stay current on every screen: a new friend, or a friend's new
// name, status message or picture, reaches the friend list, the chat list and room
// headers without a reload (lib/profiles/events.ts and lib/friends/events.ts publish).
import { useQueryClient } from '@tanstack/react-query';
import { useChannel } from '@/lib/realtime/client';
import { chatKeys } from '@/lib/chat/queries';
import { profileKeys } from '@/lib/profiles/queries';
import { friendKeys } from './queries';

export function useFriendsLive(userId: string) {
  const qc = useQueryClient();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: friendKeys.all });
    void qc.invalidateQueries({ queryKey: profileKeys.all });
    void qc.invalidateQueries({ queryKey: chatKeys.rooms() });
    // Room headers: a room's details carry its members' names and pictures.
    void qc.invalidateQueries({ queryKey: [...chatKeys.all, 'room'] });
  };
  useChannel(`private-user-${userId}`, { 'profile-changed': refresh, 'friends-changed': refresh }, refresh);
}
