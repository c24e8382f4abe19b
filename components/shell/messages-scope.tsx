import { getLocale } from '@/lib/i18n/server';
import { scopedMessages, type Scope } from '@/lib/i18n/scopes';
import { IntlScope } from './intl-scope';

/** Gives the client code inside it the strings of one section (lib/i18n/scopes.ts). */
export async function MessagesScope({ scope, children }: { scope: Scope; children: React.ReactNode }) {
  return <IntlScope messages={scopedMessages(await getLocale(), scope)}>{children}</IntlScope>;
}
