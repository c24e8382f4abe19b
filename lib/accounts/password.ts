import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's suggested minimum cost.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string) {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string | null | undefined, password: string) {
  if (!stored) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the user does not exist keeps response times
// from telling which login IDs exist.
let dummy: Promise<string> | undefined;
export async function burnVerify(password: string) {
  dummy ??= hashPassword('moa-timing-equaliser');
  await verifyPassword(await dummy, password);
}
