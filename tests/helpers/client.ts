// A tiny HTTP client for integration tests: a cookie jar plus next-auth's credentials flow.
export const BASE = process.env.MOA_BASE_URL ?? 'http://localhost:3000';

export class Client {
  cookies = new Map<string, string>();
  /** Sent as User-Agent when set (device names on 나 → 기기). */
  userAgent?: string;
  // Each client looks like its own device/IP so per-IP rate limits don't couple tests.
  constructor(public ip = `198.18.${rand()}.${rand()}`) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async fetch(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', this.cookieHeader());
    headers.set('x-forwarded-for', this.ip);
    if (this.userAgent) headers.set('user-agent', this.userAgent);
    const res = await fetch(BASE + path, { ...init, headers, redirect: 'manual' });
    this.store(res);
    return res;
  }

  async json(path: string, method: string, body?: unknown) {
    const res = await this.fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let data: unknown = null;
    try { data = JSON.parse(text); } catch { data = text; }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON
    return { status: res.status, data: data as Record<string, any> };
  }

  /** Sign in through next-auth; returns true on success. */
  async signIn(loginId: string, password: string) {
    const csrf = await (await this.fetch('/api/auth/csrf')).json();
    const res = await this.fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, loginId, password, json: 'true', callbackUrl: BASE }),
    });
    const body = await res.json().catch(() => ({}));
    const ok = [...this.cookies.keys()].some((k) => k.endsWith('next-auth.session-token')) && !String(body.url ?? '').includes('error=');
    return { ok, status: res.status, error: ok ? null : new URL(body.url ?? BASE, BASE).searchParams.get('error') };
  }

  /** Log out through next-auth (what the 로그아웃 button does). */
  async signOut() {
    const csrf = await (await this.fetch('/api/auth/csrf')).json();
    return this.fetch('/api/auth/signout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, json: 'true', callbackUrl: BASE }),
    });
  }
}

const rand = () => Math.floor(Math.random() * 250) + 1;
let seq = 0;
/** A login ID unique to this run. */
export function uniqueId(prefix = 'u') {
  seq += 1;
  return `${prefix}${Date.now().toString(36)}${seq}`.slice(0, 20);
}

/** What the sign-up form sends once both agreements are ticked (sign-up refuses without). */
export const CONSENT = { acceptTerms: true, acceptPrivacy: true } as const;

export async function newUser(password = 'password-123') {
  const c = new Client();
  const loginId = uniqueId();
  const res = await c.json('/api/accounts', 'POST', { loginId, displayName: `Test ${loginId}`, password, ...CONSENT });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.data)}`);
  const s = await c.signIn(loginId, password);
  if (!s.ok) throw new Error(`sign-in failed: ${s.error}`);
  return { client: c, loginId, password, id: res.data.user.id as string };
}
