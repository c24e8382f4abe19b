import { MessagesScope } from '@/components/shell/messages-scope';

export default function Layout({ children }: { children: React.ReactNode }) {
  return <MessagesScope scope="circles">{children}</MessagesScope>;
}
