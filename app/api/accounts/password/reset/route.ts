import { readJson, route } from '@/lib/http';
import { clientIp } from '@/lib/client-ip';
import { resetPasswordSchema } from '@/lib/accounts/schemas';
import { resetPassword } from '@/lib/accounts/reset';

// POST /api/accounts/password/reset — set a new password from a mailed link; every session ends
export const POST = route(async (req) => {
  const { token, newPassword } = await readJson(req, resetPasswordSchema);
  return resetPassword(token, newPassword, clientIp(req));
});
