import { readJson, route } from '@/lib/http';
import { changePasswordSchema } from '@/lib/accounts/schemas';
import { changePassword } from '@/lib/accounts/service';
import { requireUser } from '@/lib/accounts/session';

// PUT /api/accounts/password — change password (signs out every device; the form signs this one in again)
export const PUT = route(async (req) => {
  const input = await readJson(req, changePasswordSchema);
  const user = await requireUser();
  await changePassword(user.id, input.currentPassword, input.newPassword);
  return { ok: true };
});
