import exampleBody from '../../../../simulator/fixtures/ump-create-request.json';
import { buildCreateRequest } from './build-request';
import { draftSchema, EMPTY_DRAFT, type DraftValues } from './schema';

/** The create page's example, typed into the wizard as a person would. */
const EXAMPLE_VALUES: DraftValues = {
  customer: {
    ...EMPTY_DRAFT.customer,
    shortName: 'SaraTest1',
    fullName: 'SaraTest1',
    msTenantId: '4bf50a33-a383-4d3f-9403-220c898bc1b2',
    ovocCustomerType: 'IPGROUP_TYPE',
  },
  sip: { sbcId: '5', sbcOnboardingScript: '10007', sbcCleanupScript: '10700' },
  script: {
    ...EMPTY_DRAFT.script,
    cacProfile: '5 sessions',
    proxySet: 'SIPTrunk',
    onlinePstnGateway: 'BradDRService.sandbox2.audiocodes.be',
    additionalProp1: 'Service Provider2 SBC',
  },
};

function build(values: DraftValues) {
  return buildCreateRequest(draftSchema().parse(values));
}

describe('buildCreateRequest', () => {
  it("produces exactly the create page's example body from its values", () => {
    expect(build(EXAMPLE_VALUES)).toStrictEqual(exampleBody);
  });

  it('leaves empty optional fields out instead of sending ""', () => {
    const body = build({
      ...EXAMPLE_VALUES,
      customer: { ...EXAMPLE_VALUES.customer, channelId: '  ', lcCustomerId: '' },
      script: { ...EMPTY_DRAFT.script, proxySet: 'SIPTrunk', carrierUserName: '   ' },
    });
    expect(body).not.toHaveProperty('channelId');
    expect(body).not.toHaveProperty('lcCustomerId');
    expect(body.scriptParameters).toStrictEqual({ ProxySet: 'SIPTrunk' });
    expect(JSON.stringify(body)).not.toContain('""');
  });

  it('leaves scriptParameters out altogether when none is filled', () => {
    const body = build({ ...EXAMPLE_VALUES, script: EMPTY_DRAFT.script });
    expect(body).not.toHaveProperty('scriptParameters');
  });

  it('numbers custom variables CustomVar.Variable1..N in the order of the list', () => {
    const body = build({
      ...EXAMPLE_VALUES,
      script: {
        ...EMPTY_DRAFT.script,
        customVariables: [{ value: '10.0.0.1' }, { value: '5060' }, { value: 'pbx.example.com' }],
      },
    });
    expect(body.scriptParameters).toStrictEqual({
      'CustomVar.Variable1': '10.0.0.1',
      'CustomVar.Variable2': '5060',
      'CustomVar.Variable3': 'pbx.example.com',
    });
  });

  it('defaults fullName to shortName', () => {
    const body = build({ ...EXAMPLE_VALUES, customer: { ...EXAMPLE_VALUES.customer, shortName: 'Contoso1', fullName: '' } });
    expect(body.fullName).toBe('Contoso1');
  });

  it('sends every field under its documented key, trimmed, password exactly as typed', () => {
    const body = build({
      customer: {
        shortName: 'Fabrikam',
        fullName: ' Fabrikam Ltd ',
        msTenantId: ' 7e24d47c-eb72-439a-84e4-aea1bdb1eed9 ',
        ovocCustomerType: 'TENANT_TYPE',
        channelId: 'ch-7',
        lcCustomerId: '42',
      },
      sip: { sbcId: ' 0 ', sbcOnboardingScript: '1', sbcCleanupScript: '2' },
      script: {
        cacProfile: '10 sessions',
        proxySet: 'SIPTrunk',
        onlinePstnGateway: 'sbc.example.com',
        carrierUserName: 'carrier-user',
        carrierUserPassword: ' p@ss word ',
        carrierMainLine: '+15551234567',
        carrierHostName: 'sip.carrier.example',
        additionalProp1: 'a',
        additionalProp2: 'b',
        additionalProp3: 'c',
        customVariables: [{ value: 'x' }],
      },
    });
    expect(body).toStrictEqual({
      shortName: 'Fabrikam',
      fullName: 'Fabrikam Ltd',
      siteLocation: { sbcId: 0, sbcOnboardingScript: 1, sbcCleanupScript: 2 },
      ovocCustomerType: 'TENANT_TYPE',
      msTenantId: '7e24d47c-eb72-439a-84e4-aea1bdb1eed9',
      channelId: 'ch-7',
      lcCustomerId: '42',
      scriptParameters: {
        CacProfile: '10 sessions',
        ProxySet: 'SIPTrunk',
        OnlinePstnGateway: 'sbc.example.com',
        CarrierUserName: 'carrier-user',
        CarrierUserPassword: ' p@ss word ',
        CarrierMainLine: '+15551234567',
        CarrierHostName: 'sip.carrier.example',
        additionalProp1: 'a',
        additionalProp2: 'b',
        additionalProp3: 'c',
        'CustomVar.Variable1': 'x',
      },
    });
  });
});
