import { TabEmpty, tabMetadata } from '@/components/shell/tab-empty';

export const generateMetadata = () => tabMetadata('neighbourhood');

export default function Page() {
  return <TabEmpty tab="neighbourhood" />;
}
