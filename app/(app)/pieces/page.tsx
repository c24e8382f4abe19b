import { TabEmpty, tabMetadata } from '@/components/shell/tab-empty';

export const generateMetadata = () => tabMetadata('pieces');

export default function Page() {
  return <TabEmpty tab="pieces" />;
}
