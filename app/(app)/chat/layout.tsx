import { ChatSplit } from '@/components/chat/chat-split';

export default function ChatLayout({ children }: { children: React.ReactNode }) {
  return <ChatSplit>{children}</ChatSplit>;
}
