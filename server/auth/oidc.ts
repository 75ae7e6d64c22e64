import * as oidc from 'openid-client';
import type { SignInSettings } from './auth-config';
import { isLoopbackHttp } from '../env-schema';

/**
 * The console as an OpenID Connect client of the provider's Entra ID (authorization code + PKCE,
 * confidential client). Discovery happens on first use and is retried after a failure, so a
 * console started while the identity provider is unreachable recovers by itself.
 */

export const CALLBACK_PATH = '/auth/callback';
const SCOPE = 'openid profile email';

export interface SignInIdentity {
  subject: string;
  name: string | null;
  email: string | null;
  groups: readonly string[];
  roles: readonly string[];
  /** Entra leaves `groups` out when a user is in too many (the "overage" case) and says so instead. */
  groupsOverflow: boolean;
}

export interface PkceChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Why a callback failed. `message` is safe to show; `logDetail` is for the log (no tokens in it). */
export class SignInError extends Error {
  constructor(
    readonly kind: 'provider' | 'invalid' | 'unreachable',
    message: string,
    readonly logDetail: string,
    readonly providerError?: string,
  ) {
    super(message);
  }
}

export interface OidcClient {
  authorizationUrl(checks: PkceChecks, options?: { forceLogin?: boolean }): Promise<URL>;
  redeem(callbackUrl: URL, checks: PkceChecks): Promise<{ identity: SignInIdentity; idToken: string | undefined }>;
  /** Where to send the browser to end the provider's session too; null when the provider has no such endpoint. */
  endSessionUrl(idToken: string | undefined): Promise<URL | null>;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);

export function identityFrom(claims: oidc.IDToken): SignInIdentity {
  const claimNames = claims._claim_names;
  const overflow = claims.hasgroups === true || (typeof claimNames === 'object' && claimNames !== null && 'groups' in claimNames);
  // Entra's `email` is optional (absent for accounts without a mailbox); the UPN is the next best thing to show.
  const username = text(claims.preferred_username);
  return {
    subject: claims.sub,
    name: text(claims.name) ?? username,
    email: text(claims.email) ?? username,
    groups: texts(claims.groups),
    roles: texts(claims.roles),
    groupsOverflow: overflow,
  };
}

function failure(error: unknown): SignInError {
  if (error instanceof oidc.AuthorizationResponseError) {
    return new SignInError('provider', error.error_description ?? error.error, `authorization response error ${error.error}`, error.error);
  }
  if (error instanceof oidc.ResponseBodyError) {
    return new SignInError('invalid', 'The identity provider did not accept the sign-in.', `token endpoint ${error.status} ${error.error}`);
  }
  if (error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError')) {
    return new SignInError('unreachable', 'The identity provider could not be reached.', error.message);
  }
  const detail = error instanceof Error ? `${'code' in error ? String(error.code) : error.name}: ${error.message}` : 'unknown failure';
  return new SignInError('invalid', 'The sign-in response could not be verified.', detail);
}

export function createOidcClient(settings: SignInSettings, options: { timeoutMs: number }): OidcClient {
  const redirectUri = new URL(CALLBACK_PATH, settings.publicUrl).href;
  const afterLogout = new URL('/', settings.publicUrl).href;
  let discovered: Promise<oidc.Configuration> | null = null;

  function configuration(): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, oidc.ClientSecretPost(settings.clientSecret), {
        timeout: Math.ceil(options.timeoutMs / 1000),
        // Plain http only for an issuer on this machine (the tests' provider); config.ts allows nothing else.
        ...(isLoopbackHttp(settings.issuer) ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        discovered = null;
        throw failure(error);
      });
    return discovered;
  }

  return {
    async authorizationUrl(checks, { forceLogin = false } = {}) {
      const config = await configuration();
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: SCOPE,
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        ...(forceLogin ? { prompt: 'login' } : {}),
      });
    },

    async redeem(callbackUrl, checks) {
      const config = await configuration();
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new SignInError('invalid', 'The identity provider sent no ID token.', 'no id_token in the token response');
        return { identity: identityFrom(claims), idToken: tokens.id_token };
      } catch (error) {
        throw error instanceof SignInError ? error : failure(error);
      }
    },

    async endSessionUrl(idToken) {
      const config = await configuration();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, {
        post_logout_redirect_uri: afterLogout,
        ...(idToken ? { id_token_hint: idToken } : {}),
      });
    },
  };
}
