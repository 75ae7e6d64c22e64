import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type OidcContext } from 'oidc-provider';
import { IDP_CLIENT_ID, IDP_CLIENT_SECRET, ONBOARDER, OUTSIDER, STAFF, VIEWER, type TestAccount } from './test-accounts';

/**
 * A real OpenID Connect provider (oidc-provider) on loopback, standing in for Entra ID in tests.
 * People sign in through its development login form with any password; the console's client is
 * first-party, so consent is granted without asking. Like Entra with a groups claim configured,
 * it puts name, email and groups into the ID token.
 */

export { IDP_CLIENT_ID, IDP_CLIENT_SECRET, OUTSIDER, STAFF, STAFF_GROUP, type TestAccount } from './test-accounts';

export interface RunningIdentityProvider {
  issuer: string;
  close(): Promise<void>;
}

export interface IdentityProviderOptions {
  /** Origins of the consoles allowed to use it: <origin>/auth/callback and <origin>/ are registered. */
  consoleOrigins: string[];
  accounts?: TestAccount[];
  host?: string;
  port?: number;
}

export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  const accounts = new Map((options.accounts ?? [STAFF, OUTSIDER, VIEWER, ONBOARDER]).map((account) => [account.id, account]));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  // Own signing key: the provider's built-in development key comes with a warning on every start.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDP_CLIENT_ID,
        client_secret: IDP_CLIENT_SECRET,
        redirect_uris: options.consoleOrigins.map((origin) => `${origin}/auth/callback`),
        post_logout_redirect_uris: options.consoleOrigins.map((origin) => `${origin}/`),
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub', 'groups'], profile: ['name', 'preferred_username'], email: ['email'] },
    // Scope claims in the ID token itself, as Entra does; the console never calls userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-provider-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    async findAccount(_ctx: OidcContext, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, name: account.name, preferred_username: account.email, email: account.email, groups: account.groups };
        },
      };
    },
    async loadExistingGrant(ctx: OidcContext) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
