import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { localeSchema } from '@/lib/accounts/schemas';
import { setLocale } from '@/lib/accounts/service';
import { currentUser } from '@/lib/accounts/session';
import { LOCALE_COOKIE } from '@/lib/i18n/config';

// PUT /api/accounts/locale — choose the UI language (remembered in a cookie and on the account)
export const PUT = route(async (req) => {
  const { locale } = await readJson(req, localeSchema);
  const user = await currentUser();
  if (user) await setLocale(user.id, locale);
  const res = NextResponse.json({ locale });
  res.cookies.set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  return res;
});
