import { route } from '@/lib/http';
import { availabilityQuerySchema } from '@/lib/accounts/schemas';
import { isLoginIdAvailable } from '@/lib/accounts/service';
import { clientIp } from '@/lib/client-ip';

// GET /api/accounts/availability?loginId=… — is this login ID free (checked as the user types; limited per address)
export const GET = route(async (req) => {
  const { loginId } = availabilityQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return isLoginIdAvailable(loginId, clientIp(req));
});
