import { readJson, route } from '@/lib/http';
import { clientIp } from '@/lib/client-ip';
import { setEmailSchema } from '@/lib/accounts/schemas';
import { getEmailStatus, requestEmailChange } from '@/lib/accounts/email';
import { requireUser } from '@/lib/accounts/session';

// GET /api/accounts/email — my verified email and one waiting for its link
export const GET = route(async () => {
  const user = await requireUser();
  return getEmailStatus(user.id);
});

// PUT /api/accounts/email — add or change my email (current password); a link goes to the new address
export const PUT = route(async (req) => {
  const input = await readJson(req, setEmailSchema);
  const user = await requireUser();
  return requestEmailChange(user.id, input.email, input.password, clientIp(req));
});
