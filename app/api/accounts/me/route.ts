import { readJson, route } from '@/lib/http';
import { deleteAccountSchema } from '@/lib/accounts/schemas';
import { deleteAccount } from '@/lib/accounts/service';
import { requireUser } from '@/lib/accounts/session';

// GET /api/accounts/me — the signed-in user
export const GET = route(async () => ({ user: await requireUser() }));

// DELETE /api/accounts/me — delete my account (asks for the password)
export const DELETE = route(async (req) => {
  const input = await readJson(req, deleteAccountSchema);
  const user = await requireUser();
  await deleteAccount(user.id, input.password);
  return { ok: true };
});
