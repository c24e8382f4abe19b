import { requirePageUser } from '@/lib/accounts/session';
import { tabMetadata } from '@/components/shell/tab-empty';
import { myArea } from '@/lib/posts/service';
import { NeighbourhoodHome } from '@/components/posts/neighbourhood-home';

export const generateMetadata = () => tabMetadata('neighbourhood');

// /neighbourhood — 동네: my neighbourhood, menu suggestions and group orders around me
export default async function Page() {
  const user = await requirePageUser();
  return <NeighbourhoodHome initialArea={await myArea(user.id)} />;
}
