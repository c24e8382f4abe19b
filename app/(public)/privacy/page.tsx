import { LegalPage } from '@/components/accounts/legal-page';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata() {
  return { title: (await getT())('account.legal.privacyTitle') };
}

export default function PrivacyPage() {
  return <LegalPage which="privacy" />;
}
