/**
 * Who the tests' identity provider knows, and the console's client registration there. Apart from
 * identity-provider.ts so a Playwright spec can name them without loading the provider itself.
 */

export interface TestAccount {
  id: string;
  name: string;
  email: string;
  groups: string[];
}

export const STAFF_GROUP = 'b7d1c6a2-41f0-4c53-9a0e-5f2f6c3e8d11';
export const STAFF: TestAccount = { id: 'alice', name: 'Alice Staff', email: 'alice@provider.example', groups: ['0f9e1d2c-aaaa-4bbb-8ccc-111111111111', STAFF_GROUP] };
export const OUTSIDER: TestAccount = { id: 'bob', name: 'Bob Outsider', email: 'bob@provider.example', groups: ['0f9e1d2c-aaaa-4bbb-8ccc-222222222222'] };

export const IDP_CLIENT_ID = 'live-platform-console';
/** Distinctive, so finding it in a log or a page is never a coincidence. */
export const IDP_CLIENT_SECRET = 'idp-SECRET-8c1e77~Zq.4';
