// @vitest-environment node
import { fixtures } from '../../../simulator/fixtures';
import { createCustomerRequestSchema, scriptParametersSchema, siteLocationRequestSchema } from './create-customer';

const valid = fixtures.createCustomerRequest;

describe('createCustomerRequestSchema (what we send)', () => {
  it('omits optional fields that were not given', () => {
    const minimal = {
      shortName: 'Acme1',
      siteLocation: { sbcId: 5, sbcOnboardingScript: 1, sbcCleanupScript: 2 },
      ovocCustomerType: 'TENANT_TYPE',
      msTenantId: '4bf50a33-a383-4d3f-9403-220c898bc1b2',
    };
    expect(Object.keys(createCustomerRequestSchema.parse(minimal)).sort()).toEqual(
      ['msTenantId', 'ovocCustomerType', 'shortName', 'siteLocation'],
    );
  });

  it('rejects unknown top-level keys, e.g. a camelCase typo', () => {
    expect(createCustomerRequestSchema.safeParse({ ...valid, shortname: 'x' }).success).toBe(false);
  });

  it('rejects a tenant id that is not a GUID and an unknown customer type', () => {
    expect(createCustomerRequestSchema.safeParse({ ...valid, msTenantId: 'contoso.onmicrosoft.com' }).success).toBe(false);
    expect(createCustomerRequestSchema.safeParse({ ...valid, ovocCustomerType: 'SITE_TYPE' }).success).toBe(false);
  });

  it('requires integer script and SBC ids', () => {
    expect(siteLocationRequestSchema.safeParse({ sbcId: '5', sbcOnboardingScript: 1, sbcCleanupScript: 2 }).success).toBe(false);
    expect(siteLocationRequestSchema.safeParse({ sbcId: 5.5, sbcOnboardingScript: 1, sbcCleanupScript: 2 }).success).toBe(false);
    expect(siteLocationRequestSchema.safeParse({ sbcId: 5, sbcOnboardingScript: 1 }).success).toBe(false);
  });

  it('limits fullName to 200 characters', () => {
    expect(createCustomerRequestSchema.safeParse({ ...valid, fullName: 'x'.repeat(200) }).success).toBe(true);
    expect(createCustomerRequestSchema.safeParse({ ...valid, fullName: 'x'.repeat(201) }).success).toBe(false);
  });

  it('script parameters: documented keys and CustomVar.VariableN only', () => {
    const parameters = { CarrierHostName: 'sip.example.com', 'CustomVar.Variable1': '10.0.0.1', 'CustomVar.Variable12': '5060' };
    expect(scriptParametersSchema.parse(parameters)).toEqual(parameters);
    const unknown = scriptParametersSchema.safeParse({ 'CustomVar.Variable0': 'x', Proxyset: 'y' });
    expect(unknown.error?.issues.map((issue) => issue.message)).toEqual([
      'Unknown script parameter "CustomVar.Variable0"',
      'Unknown script parameter "Proxyset"',
    ]);
    expect(scriptParametersSchema.safeParse({ CacProfile: 5 }).success).toBe(false);
  });
});
