import { http as mswHttp, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { csrfHeaders, csrfToken } from './csrf';
import { ApiError, http } from './http';
import { isSignInRequired, redirectToSignIn, resetSignInRedirect, signInPath, signOut } from './session';
import * as z from 'zod/mini';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetSignInRedirect();
  document.cookie = 'lpc_csrf=; Max-Age=0; Path=/';
});
afterAll(() => server.close());

function fakeLocation(pathname: string, search = '') {
  return { pathname, search, assign: vi.fn<(url: string) => void>() };
}

describe('CSRF token', () => {
  it('is read from the readable cookie, the __Host- one first', () => {
    expect(csrfToken('a=1; lpc_csrf=plain')).toBe('plain');
    expect(csrfToken('lpc_csrf=plain; __Host-lpc_csrf=secure')).toBe('secure');
    expect(csrfToken('other=1')).toBeUndefined();
  });

  it('rides on state-changing calls made through http(), never on GET', async () => {
    document.cookie = 'lpc_csrf=tok-123; Path=/';
    expect(csrfHeaders('GET')).toEqual({});
    const seen: (string | null)[] = [];
    server.use(
      mswHttp.all('/api/v2/customer/x', ({ request }) => {
        seen.push(request.headers.get('x-csrf-token'));
        return HttpResponse.json({});
      }),
    );
    await http('/api/v2/customer/x', { schema: z.unknown(), method: 'DELETE' });
    await http('/api/v2/customer/x', { schema: z.unknown() });
    expect(seen).toEqual(['tok-123', null]);
  });
});

describe('a lost session', () => {
  it('is recognised by the console\'s own 401 "Sign-in required" only', async () => {
    server.use(
      mswHttp.get('/api/v3/customer', () => HttpResponse.json({ title: 'Sign-in required', status: 401 }, { status: 401 })),
      mswHttp.get('/api/v2/task/1', () => HttpResponse.json({ title: 'Unauthorized', status: 401 }, { status: 401 })),
    );
    const ours = await http('/api/v3/customer', { schema: z.unknown() }).catch((error: unknown) => error);
    const upstream = await http('/api/v2/task/1', { schema: z.unknown() }).catch((error: unknown) => error);
    expect(ours).toBeInstanceOf(ApiError);
    expect(isSignInRequired(ours)).toBe(true);
    expect(isSignInRequired(upstream)).toBe(false);
  });

  it('sends the page to sign-in with the current path and query to return to', () => {
    expect(signInPath({ pathname: '/customers/new', search: '?step=2' })).toBe('/auth/login?returnTo=%2Fcustomers%2Fnew%3Fstep%3D2');
    expect(signInPath({ pathname: '/', search: '' })).toBe('/auth/login');
    const location = fakeLocation('/services/0ad7', '?tab=sites');
    expect(redirectToSignIn(location, 1_000_000)).toBe(true);
    expect(location.assign).toHaveBeenCalledExactlyOnceWith('/auth/login?returnTo=%2Fservices%2F0ad7%3Ftab%3Dsites');
  });

  it('navigates once when many calls fail together, and never loops when sign-in does not stick', () => {
    const location = fakeLocation('/health');
    expect(redirectToSignIn(location, 1_000_000)).toBe(true);
    expect(redirectToSignIn(location, 1_000_001)).toBe(false);
    // Back from sign-in (a new page: the in-memory flag is gone), and at once refused again.
    resetSignInRedirectFlagOnly();
    expect(redirectToSignIn(location, 1_005_000)).toBe(false);
    expect(redirectToSignIn(location, 1_020_000)).toBe(true);
    expect(location.assign).toHaveBeenCalledTimes(2);
  });
});

/** Simulates a page load: the module's flag resets, sessionStorage stays. */
function resetSignInRedirectFlagOnly() {
  const stored = window.sessionStorage.getItem('lpc.signin.redirectedAt');
  resetSignInRedirect();
  if (stored) window.sessionStorage.setItem('lpc.signin.redirectedAt', stored);
}

describe('signOut', () => {
  it('posts with the CSRF token and follows the server to the provider', async () => {
    document.cookie = 'lpc_csrf=tok-456; Path=/';
    let token: string | null = null;
    server.use(
      mswHttp.post('/auth/logout', ({ request }) => {
        token = request.headers.get('x-csrf-token');
        return HttpResponse.json({ redirectTo: 'https://login.example.com/t/oauth2/v2.0/logout?client_id=c' });
      }),
    );
    const location = fakeLocation('/');
    await signOut(location);
    expect(token).toBe('tok-456');
    expect(location.assign).toHaveBeenCalledExactlyOnceWith('https://login.example.com/t/oauth2/v2.0/logout?client_id=c');
  });

  it('goes home instead of to anything that is not an http(s) URL or a path, and reports a refusal', async () => {
    server.use(mswHttp.post('/auth/logout', () => HttpResponse.json({ redirectTo: 'javascript:alert(1)' })));
    const location = fakeLocation('/');
    await signOut(location);
    expect(location.assign).toHaveBeenCalledWith('/');
    server.use(mswHttp.post('/auth/logout', () => HttpResponse.json({ title: 'Request refused', status: 403 }, { status: 403 })));
    await expect(signOut(location)).rejects.toThrow('Sign-out failed (403). Reload the page and try again.');
  });
});
