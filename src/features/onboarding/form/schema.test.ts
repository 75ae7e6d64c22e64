import fc from 'fast-check';
import { findShortNameClash } from '../../../domain/short-name';
import { activateLocale } from '../../../i18n/catalogs';
import { customerStepSchema, EMPTY_DRAFT, scriptStepSchema, sipStepSchema } from './schema';

/**
 * The documented rule, written independently of src/domain/short-name.ts: 3-15 code points, none of
 * \ / : * ? " < > |, no dot, no white space.
 */
const REFERENCE = /^[^\\/:*?"<>|.\s]{3,15}$/u;

const VALID_CUSTOMER = {
  ...EMPTY_DRAFT.customer,
  shortName: 'Contoso1',
  msTenantId: '7e24d47c-eb72-439a-84e4-aea1bdb1eed9',
  ovocCustomerType: 'IPGROUP_TYPE',
};

// Forbidden characters, dots, several kinds of white space, ASCII, Latin-1, CJK, emoji (astral plane).
const ALPHABET = [
  '\\', '/', ':', '*', '?', '"', '<', '>', '|', '.', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000',
  'a', 'Z', '0', '9', '_', '-', '+', '(', ')', 'é', 'ß', 'ж', '日', '本', '😀', '𝒳',
];
const names = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 0, maxLength: 20 });

function shortNameErrors(shortName: string, isTaken?: (name: string, tenant: string) => boolean): string[] {
  const result = customerStepSchema(isTaken).safeParse({ ...VALID_CUSTOMER, shortName });
  return result.success ? [] : result.error.issues.filter((i) => i.path[0] === 'shortName').map((i) => i.message);
}

describe('shortName (customer step)', () => {
  it('accepts exactly the names the reference rule accepts', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(shortNameErrors(name).length === 0).toBe(REFERENCE.test(name));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts length in characters (code points), not UTF-16 units', () => {
    expect(shortNameErrors('😀😀😀')).toEqual([]);
    expect(shortNameErrors('😀'.repeat(15))).toEqual([]);
    expect(shortNameErrors('😀'.repeat(16))).toEqual(['Short name must be at most 15 characters']);
  });

  it('names each broken rule with its own message', () => {
    expect(shortNameErrors('ab')).toEqual(['Short name must be at least 3 characters']);
    expect(shortNameErrors('a'.repeat(16))).toEqual(['Short name must be at most 15 characters']);
    expect(shortNameErrors('ab|cd')).toEqual(['Short name cannot contain any of \\ / : * ? " < > |']);
    expect(shortNameErrors('ab.cd')).toEqual(['Short name cannot contain a dot (.)']);
    expect(shortNameErrors('ab cd')).toEqual(['Short name cannot contain spaces or other white space']);
  });

  it('names the broken rules in the language active when the name is checked', async () => {
    // The schema is built in English; the messages follow a later switch (src/test/setup.ts switches back).
    const schema = customerStepSchema();
    await activateLocale('de');
    const result = schema.safeParse({ ...VALID_CUSTOMER, shortName: 'a|' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'Der Kurzname muss mindestens 3 Zeichen lang sein',
      'Der Kurzname darf keines dieser Zeichen enthalten: \\ / : * ? " < > |',
    ]);
  });

  it('refuses a name already used in the same tenant, case-insensitively, and allows it in another tenant', () => {
    const listed = [{ customerShortName: 'BBEssentials', msTenantId: '7E24D47C-EB72-439A-84E4-AEA1BDB1EED9' }];
    const isTaken = (name: string, tenant: string) => findShortNameClash(listed, name, tenant) !== undefined;
    expect(shortNameErrors('bbessentials', isTaken)).toEqual(['A customer named "bbessentials" already exists in this Microsoft tenant']);
    const otherTenant = customerStepSchema(isTaken).safeParse({
      ...VALID_CUSTOMER,
      shortName: 'BBEssentials',
      msTenantId: '514b77db-eb0c-4e44-9856-0fb430979d0a',
    });
    expect(otherTenant.success).toBe(true);
  });

  it('reports a duplicate even while another field of the step is still wrong', () => {
    const result = customerStepSchema(() => true).safeParse({ ...VALID_CUSTOMER, fullName: 'x'.repeat(201) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['fullName', 'shortName']);
  });

  it('agrees with the reference on the duplicate rule for generated lists', () => {
    const tenant = fc.constantFrom('7e24d47c-eb72-439a-84e4-aea1bdb1eed9', '514b77db-eb0c-4e44-9856-0fb430979d0a');
    const caseVariant = (s: string) => fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length })
      .map((flags) => [...s].map((c, i) => (flags[i] ? c.toUpperCase() : c.toLowerCase())).join(''));
    const listed = fc.array(fc.record({ customerShortName: fc.constantFrom('Alpha1', 'Beta22', 'Gamma'), msTenantId: tenant }), { maxLength: 4 });
    fc.assert(
      fc.property(listed, fc.constantFrom('Alpha1', 'Beta22', 'Gamma', 'Delta').chain(caseVariant), tenant, (list, name, t) => {
        const expected = list.some((s) => s.customerShortName.toLowerCase() === name.toLowerCase() && s.msTenantId === t);
        const result = customerStepSchema((n, tt) => findShortNameClash(list, n, tt) !== undefined).safeParse({ ...VALID_CUSTOMER, shortName: name, msTenantId: t });
        expect(!result.success).toBe(expected);
      }),
    );
  });
});

describe('the other customer fields', () => {
  it('requires a GUID tenant id and an OVOC customer type', () => {
    const result = customerStepSchema().safeParse({ ...VALID_CUSTOMER, msTenantId: 'not-a-guid', ovocCustomerType: '' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['msTenantId', 'Enter the tenant id as a GUID, e.g. 4bf50a33-a383-4d3f-9403-220c898bc1b2'],
      ['ovocCustomerType', 'Choose the OVOC customer type'],
    ]);
  });

  it('limits the full name to 200 characters', () => {
    expect(customerStepSchema().safeParse({ ...VALID_CUSTOMER, fullName: 'x'.repeat(200) }).success).toBe(true);
    expect(customerStepSchema().safeParse({ ...VALID_CUSTOMER, fullName: 'x'.repeat(201) }).success).toBe(false);
  });
});

describe('SIP connection step', () => {
  it('takes whole numbers and refuses anything else with a message', () => {
    expect(sipStepSchema.parse({ sbcId: '5', sbcOnboardingScript: '10007', sbcCleanupScript: '10700' })).toEqual({
      sbcId: 5,
      sbcOnboardingScript: 10007,
      sbcCleanupScript: 10700,
    });
    const result = sipStepSchema.safeParse({ sbcId: '', sbcOnboardingScript: '1.5', sbcCleanupScript: '-3' });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Enter the SBC id',
      'The onboarding script id is a whole number, e.g. 5',
      'The cleanup script id is a whole number, e.g. 5',
    ]);
  });
});

describe('script parameters step', () => {
  const script = EMPTY_DRAFT.script;

  it('accepts an empty step: every script parameter is optional', () => {
    expect(scriptStepSchema.safeParse(script).success).toBe(true);
  });

  it('takes printable ASCII passwords of up to 50 characters only', () => {
    const ok = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 50 });
    fc.assert(fc.property(ok, (password) => scriptStepSchema.safeParse({ ...script, carrierUserPassword: password }).success));
    for (const bad of ['pässword', 'pass\tword', '密码', 'x'.repeat(51)]) {
      expect(scriptStepSchema.safeParse({ ...script, carrierUserPassword: bad }).success, bad).toBe(false);
    }
  });

  it('limits the carrier user name to 60 characters', () => {
    expect(scriptStepSchema.safeParse({ ...script, carrierUserName: 'u'.repeat(60) }).success).toBe(true);
    expect(scriptStepSchema.safeParse({ ...script, carrierUserName: 'u'.repeat(61) }).success).toBe(false);
  });

  it('wants an FQDN for the Online PSTN gateway', () => {
    for (const good of ['BradDRService.sandbox2.audiocodes.be', 'sbc.example.com']) {
      expect(scriptStepSchema.safeParse({ ...script, onlinePstnGateway: good }).success, good).toBe(true);
    }
    for (const bad of ['localhost', 'sbc example.com', '-sbc.example.com', 'sbc..example.com', 'https://sbc.example.com']) {
      expect(scriptStepSchema.safeParse({ ...script, onlinePstnGateway: bad }).success, bad).toBe(false);
    }
  });

  it('refuses an empty custom variable row', () => {
    const result = scriptStepSchema.safeParse({ ...script, customVariables: [{ value: 'a' }, { value: ' ' }] });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['customVariables.1.value', 'Enter a value or remove this variable'],
    ]);
  });
});
