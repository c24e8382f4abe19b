import { SignupForm } from '@/components/accounts/signup-form';
import { getT } from '@/lib/i18n/server';
import { mailAvailable } from '@/lib/mail/send';

export async function generateMetadata() {
  return { title: (await getT())('auth.signup') };
}

export default async function SignupPage() {
  const t = await getT();
  return (
    <>
      <h1 className="text-xl font-bold">{t('auth.signupTitle')}</h1>
      <SignupForm mailAvailable={mailAvailable()} />
    </>
  );
}
