import type { TestAccount } from './identity-provider';

/**
 * A minimal browser for integration tests: a cookie jar per host, redirects followed one hop at
 * a time (so tests can look at each), and the identity provider's login form filled in. Origins
 * can be aliased, e.g. https://console.example.test -> http://127.0.0.1:<port>, to play a
 * TLS-terminating proxy in front of a console whose public URL is https.
 */

export interface Visit {
  response: Response;
  /** The URL of the final answer, as the browser would show it (aliases undone). */
  url: string;
  /** Every URL requested, in order. */
  visited: string[];
  body: string;
}

export interface RequestInitLite {
  method?: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
}

const EXPIRED = (attributes: string[]) =>
  attributes.some((attribute) => {
    const [key = '', value = ''] = attribute.split('=').map((part) => part.trim());
    if (key.toLowerCase() === 'max-age') return Number(value) <= 0;
    if (key.toLowerCase() === 'expires') return Date.parse(value) <= Date.now();
    return false;
  });

export interface Exchange {
  url: string;
  status: number;
  setCookie: string[];
}

/** What a browser sends when it loads a page (the console answers client-side routes with index.html only then). */
const NAVIGATION_HEADERS = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();
  /** Every answer received, for looking at Set-Cookie lines and intermediate redirects. */
  readonly history: Exchange[] = [];

  constructor(private readonly aliases: Record<string, string> = {}) {}

  /** The cookies held for a URL's host (name -> value). */
  cookies(url: string): Map<string, string> {
    const host = new URL(url).host;
    let jar = this.jars.get(host);
    if (!jar) {
      jar = new Map();
      this.jars.set(host, jar);
    }
    return jar;
  }

  setCookie(url: string, name: string, value: string): void {
    this.cookies(url).set(name, value);
  }

  /** One request, no redirect followed; cookies sent and stored. */
  async request(url: string, init: RequestInitLite = {}): Promise<Response> {
    const logical = new URL(url);
    const real = this.aliases[logical.origin];
    const target = real ? new URL(logical.pathname + logical.search, real).href : url;
    const jar = this.cookies(url);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      headers: { ...(cookie ? { cookie } : {}), ...init.headers },
      body: init.body,
      redirect: 'manual',
    });
    this.history.push({ url, status: response.status, setCookie: response.headers.getSetCookie() });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (EXPIRED(attributes) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** GET, following redirects like a browser's address bar; `stopAt` ends the walk before requesting a matching URL. */
  async navigate(url: string, init: RequestInitLite = {}, stopAt?: (next: string) => boolean): Promise<Visit> {
    const visited: string[] = [];
    let current = url;
    let response = await this.request(current, { ...init, headers: { ...NAVIGATION_HEADERS, ...init.headers } });
    visited.push(current);
    while (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      if (visited.length > 12) throw new Error(`too many redirects: ${visited.join(' -> ')}`);
      const next = new URL(response.headers.get('location') ?? '', current).href;
      if (stopAt?.(next)) return { response, url: current, visited: [...visited, next], body: '' };
      await response.body?.cancel();
      current = next;
      response = await this.request(current, { headers: NAVIGATION_HEADERS });
      visited.push(current);
    }
    return { response, url: current, visited, body: await response.text() };
  }

  /** From a page showing the provider's login form: signs in as `account` and follows the redirects back. */
  async submitLogin(loginPage: Visit, account: TestAccount, stopAt?: (next: string) => boolean): Promise<Visit> {
    const action = /<form[^>]*action="([^"]+)"/.exec(loginPage.body)?.[1];
    if (!action || !loginPage.body.includes('name="login"')) throw new Error(`not a login form at ${loginPage.url}`);
    const submitted = await this.request(new URL(action.replaceAll('&amp;', '&'), loginPage.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login: account.id, password: 'any password' }),
    });
    const next = submitted.headers.get('location');
    if (!next) throw new Error(`login form answered ${submitted.status}`);
    const rest = await this.navigate(new URL(next, loginPage.url).href, {}, stopAt);
    return { ...rest, visited: [...loginPage.visited, ...rest.visited] };
  }

  /** Opens `url`, is sent to the provider's login, signs in as `account`, and lands where the console sends it. */
  async signIn(url: string, account: TestAccount): Promise<Visit> {
    return this.submitLogin(await this.navigate(url), account);
  }
}
