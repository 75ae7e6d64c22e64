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
export const DESK_GROUP = '3c0a9e55-0d1f-4e7a-9b1c-7a6d2e4f5a01';
export const SALES_GROUP = '9e4b2c10-77aa-4d3e-8f21-c5b6a7d8e902';
/** Support desk: reads only. */
export const VIEWER: TestAccount = { id: 'vera', name: 'Vera Desk', email: 'vera@provider.example', groups: [DESK_GROUP] };
/** Sales: onboards new customers. */
export const ONBOARDER: TestAccount = { id: 'omar', name: 'Omar Sales', email: 'omar@provider.example', groups: [SALES_GROUP, DESK_GROUP] };
/** Alice (STAFF_GROUP) is the administrator in the rigs' default role lists. */
export const ROLE_GROUP_ENV = { CONSOLE_ROLE_VIEWER_GROUPS: DESK_GROUP, CONSOLE_ROLE_ONBOARDING_GROUPS: SALES_GROUP, CONSOLE_ROLE_ADMIN_GROUPS: STAFF_GROUP };
export const OUTSIDER: TestAccount = { id: 'bob', name: 'Bob Outsider', email: 'bob@provider.example', groups: ['0f9e1d2c-aaaa-4bbb-8ccc-222222222222'] };

export const IDP_CLIENT_ID = 'live-platform-console';
/** Distinctive, so finding it in a log or a page is never a coincidence. */
export const IDP_CLIENT_SECRET = 'idp-SECRET-8c1e77~Zq.4';
