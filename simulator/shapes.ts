/**
 * Odd but real shapes of Live Platform data, as options (SIM_SHAPES, POST /__sim/shapes): the default
 * data stays the documented examples. Each shape adds raw wire rows to the services list (and, for
 * integer states, a customer whose details carry them), so tests run them through the real chain.
 */
export const SHAPES = ['oc-lead', 'unknown-license', 'camel-case', 'integer-states', 'unreadable-rows'] as const;
export type Shape = (typeof SHAPES)[number];

const isShape = (text: string): text is Shape => (SHAPES as readonly string[]).includes(text);

/** "oc-lead,camel-case" or "all"; an unknown name stops the start with a one-line reason. */
export function parseShapes(text: string): Shape[] {
  const names = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (names.includes('all')) return [...SHAPES];
  for (const name of names) if (!isShape(name)) throw new Error(`SIM_SHAPES: unknown shape "${name}" (one of ${SHAPES.join(', ')}, or all)`);
  return names.filter(isShape);
}

/** The customer whose SIP connections come with integer states (Get SIP Connections' shape). */
export const INTEGER_STATES_GUID = '5e1f0c3a-7b2d-4e8f-9a61-3c4d5e6f7a80';

const brief = (guid: string | null, shortName: string, licenseType: number | null, fullName: string) => ({
  UmpCustomerGuid: guid,
  CustomerShortName: shortName,
  CustomerFullName: fullName,
  LicenseType: licenseType,
  LicensedUsersCount: null,
  MsTenantId: null,
  ActiveUserCount: null,
  LiveHubActiveUsersCount: null,
  LiveHubSimpleUsersCount: null,
});

const ROWS: Readonly<Record<Shape, readonly unknown[]>> = {
  // The vendor's list page: UmpCustomerGuid is null for an Operator Connect lead with no license yet.
  // Two leads alike in every field: their table keys must still differ.
  'oc-lead': [brief(null, 'NorthwindLead', 3, 'Northwind Traders (Operator Connect)'), brief(null, 'NorthwindLead', 3, 'Northwind Traders (Operator Connect)')],
  'unknown-license': [brief('8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d', 'FabrikamNext', 7, 'Fabrikam Next')],
  // The tables' camelCase spelling instead of the examples' PascalCase.
  'camel-case': [
    {
      umpCustomerGuid: '2b3c4d5e-6f70-4812-a3b4-c5d6e7f80912',
      customerShortName: 'TailspinCamel',
      customerFullName: 'Tailspin Toys',
      licenseType: 1,
      licensedUsersCount: 40,
      msTenantId: null,
      activeUserCount: 12,
      liveHubActiveUsersCount: 0,
      liveHubSimpleUsersCount: 0,
    },
  ],
  'integer-states': [brief(INTEGER_STATES_GUID, 'WingtipSip', 0, 'Wingtip Toys')],
  // Rows no reader can use: not an object, a GUID that is a number, a short name that is an object.
  'unreadable-rows': [null, 'not a row', { ...brief(null, 'x', 0, 'x'), UmpCustomerGuid: 42 }, { ...brief('9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', 'x', 0, 'x'), CustomerShortName: { nested: 'ContosoNested' } }],
};

/** Raw rows to add after the store's own, in SHAPES order. */
export function oddListRows(shapes: ReadonlySet<Shape>): unknown[] {
  return SHAPES.filter((shape) => shapes.has(shape)).flatMap((shape) => ROWS[shape]);
}

/** Details of the integer-states customer as Get SIP Connections would have them, plus one site that is not an object. */
export function integerStatesDetails(): Record<string, unknown> {
  return {
    ...brief(INTEGER_STATES_GUID, 'WingtipSip', 0, 'Wingtip Toys'),
    SiteLocation: [
      { id: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5', name: 'WINGTIPMAIN', sbcId: 4, sbcDeploymentState: 3, sbcConfigurationType: 0 },
      { id: '1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6', name: 'WINGTIPBRANCH', sbcId: 5, sbcDeploymentState: 'Deployed', sbcConfigurationType: 'SipTrunk' },
      'not a site',
    ],
    MsDefaultDomain: null,
    ApplicationClientId: null,
    ApplicationClientSecret: null,
    ClientSecretExpirationDate: null,
  };
}
