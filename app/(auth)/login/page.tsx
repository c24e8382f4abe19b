import { LoginForm } from '@/components/accounts/login-form';
import { getT } from '@/lib/i18n/server';
import { demoLogin } from '@/lib/env';

export async function generateMetadata() {
  return { title: (await getT())('auth.login') };
}

export default async function LoginPage() {
  const t = await getT();
  return (
    <>
      <h1 className="text-xl font-bold">{t('auth.loginTitle')}</h1>
      <LoginForm demo={demoLogin()} />
    </>
  );
}
