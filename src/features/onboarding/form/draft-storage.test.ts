import { clearDraft, DRAFT_STORAGE_KEY, hasContent, loadDraft, saveDraft } from './draft-storage';
import { EMPTY_DRAFT, type DraftValues } from './schema';
import { fieldForErrorKey, mapServerErrors } from './server-errors';

const VALUES: DraftValues = {
  customer: { ...EMPTY_DRAFT.customer, shortName: 'Contoso1', msTenantId: '7e24d47c-eb72-439a-84e4-aea1bdb1eed9' },
  sip: { ...EMPTY_DRAFT.sip, sbcId: '5' },
  script: { ...EMPTY_DRAFT.script, carrierUserPassword: 'S3cret!', customVariables: [{ value: 'a' }, { value: 'b' }] },
};

afterEach(() => sessionStorage.clear());

describe('draft storage', () => {
  it('keeps everything typed across a reload except the password', () => {
    saveDraft({ values: VALUES, step: 2, hadPassword: false });
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).not.toContain('S3cret!');
    expect(loadDraft()).toEqual({
      step: 2,
      hadPassword: true,
      values: { ...VALUES, script: { ...VALUES.script, carrierUserPassword: '' } },
    });
  });

  it('remembers that a password had been typed even after it was cleared by a reload', () => {
    saveDraft({ values: { ...VALUES, script: { ...VALUES.script, carrierUserPassword: '' } }, step: 1, hadPassword: true });
    expect(loadDraft()?.hadPassword).toBe(true);
  });

  it.each([
    ['not JSON', '{oops'],
    ['a different version', JSON.stringify({ version: 2, step: 0, hadPassword: false, values: VALUES })],
    ['a step out of range', JSON.stringify({ version: 1, step: 9, hadPassword: false, values: VALUES })],
    ['a number where text belongs', JSON.stringify({ version: 1, step: 0, hadPassword: false, values: { ...VALUES, sip: { sbcId: 5 } } })],
    ['null', 'null'],
  ])('discards a broken draft (%s) and removes it', (_what, raw) => {
    sessionStorage.setItem(DRAFT_STORAGE_KEY, raw);
    expect(loadDraft()).toBeNull();
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('clears the draft', () => {
    saveDraft({ values: VALUES, step: 0, hadPassword: false });
    clearDraft();
    expect(loadDraft()).toBeNull();
  });

  it('knows whether anything was typed', () => {
    expect(hasContent(EMPTY_DRAFT)).toBe(false);
    expect(hasContent({ ...EMPTY_DRAFT, sip: { ...EMPTY_DRAFT.sip, sbcId: '1' } })).toBe(true);
    expect(hasContent({ ...EMPTY_DRAFT, script: { ...EMPTY_DRAFT.script, customVariables: [{ value: '' }] } })).toBe(true);
  });
});

describe('server validation errors', () => {
  it('maps the wire keys in any spelling onto the form fields', () => {
    expect(fieldForErrorKey('shortName')).toBe('customer.shortName');
    expect(fieldForErrorKey('ShortName')).toBe('customer.shortName');
    expect(fieldForErrorKey('$.siteLocation.sbcId')).toBe('sip.sbcId');
    expect(fieldForErrorKey('SiteLocation[0].SbcOnboardingScript')).toBe('sip.sbcOnboardingScript');
    expect(fieldForErrorKey('scriptParameters.CarrierUserPassword')).toBe('script.carrierUserPassword');
    expect(fieldForErrorKey("scriptParameters['CustomVar.Variable2']")).toBe('script.customVariables.1.value');
    expect(fieldForErrorKey('CarrierHostName')).toBe('script.carrierHostName');
    expect(fieldForErrorKey('body')).toBeNull();
  });

  it('groups messages per field and step, and keeps the rest apart', () => {
    expect(
      mapServerErrors(
        {
          msTenantId: ['Tenant not found'],
          MsTenantId: ['Tenant is disabled'],
          'siteLocation.sbcId': ['SBC 7 unknown'],
          'scriptParameters.CustomVar.Variable3': ['Not defined'],
          body: ['Something else'],
          empty: [],
        },
        2,
      ),
    ).toEqual({
      fields: [
        { field: 'customer.msTenantId', step: 'customer', messages: ['Tenant not found', 'Tenant is disabled'] },
        { field: 'sip.sbcId', step: 'sip', messages: ['SBC 7 unknown'] },
      ],
      other: [
        { key: 'scriptParameters.CustomVar.Variable3', messages: ['Not defined'] },
        { key: 'body', messages: ['Something else'] },
      ],
    });
  });
});
