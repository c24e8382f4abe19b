import { readJson, route } from '@/lib/http';
import { clientIp } from '@/lib/client-ip';
import { verifyEmailSchema } from '@/lib/accounts/schemas';
import { verifyEmail } from '@/lib/accounts/email';

// POST /api/accounts/email/verify — open a verification link (signed in or not: the token is the proof)
export const POST = route(async (req) => {
  const { token } = await readJson(req, verifyEmailSchema);
  return verifyEmail(token, clientIp(req));
});
