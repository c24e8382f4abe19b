import { TabEmpty, tabMetadata } from '@/components/shell/tab-empty';

export const generateMetadata = () => tabMetadata('chat');

export default function Page() {
  return <TabEmpty tab="chat" />;
}
