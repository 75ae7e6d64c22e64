// @vitest-environment node
import { fixtures } from '../../../simulator/fixtures';
import {
  apiErrorBodySchema,
  createCustomerRequestSchema,
  createCustomerResponseSchema,
  customerDetailsSchema,
  ovocCustomerSchema,
  ovocServicesResponseSchema,
  servicesListSchema,
} from './index';

describe('every vendor example parses', () => {
  it('services brief: 35 rows, PascalCase read as camelCase, null kept apart from 0', () => {
    const rows = servicesListSchema.parse(fixtures.servicesBrief);
    expect(rows).toHaveLength(35);

    const plus = rows.find((row) => row.customerShortName === 'BB175Plus');
    expect(plus).toEqual({
      umpCustomerGuid: 'f1d30c8d-5f44-451e-9257-2318808ba0df',
      customerShortName: 'BB175Plus',
      customerFullName: 'BB175Plus',
      licenseType: 1,
      licensedUsersCount: 50,
      msTenantId: '7e24d47c-eb72-439a-84e4-aea1bdb1eed9',
      activeUserCount: 0,
      liveHubActiveUsersCount: 0,
      liveHubSimpleUsersCount: 0,
    });

    const roy = rows.find((row) => row.customerShortName === 'royDY');
    expect(roy?.licensedUsersCount).toBeNull();
    expect(roy?.activeUserCount).toBe(0);
    expect(roy?.msTenantId).toBeNull();
    expect(roy?.customerFullName).toBe('royDR');

    // License codes in the example: 0-3 only.
    expect(new Set(rows.map((row) => row.licenseType))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('customer details without allDetails: siteLocation null, app registration fields read', () => {
    const details = customerDetailsSchema.parse(fixtures.customerDetails);
    expect(details.customerShortName).toBe('BradOCDev1');
    expect(details.licenseType).toBe(4);
    expect(details.licensedUsersCount).toBe(20);
    expect(details.siteLocation).toBeNull();
    expect(details.msDefaultDomain).toBeNull();
    expect(details.applicationClientId).toBe('b6739dd5-de8d-4584-91c9-2e83cd8443bc');
    expect(details.applicationClientSecret).toBe('~-6');
    expect(details.clientSecretExpirationDate).toBe('2/18/2027 8:39:26 AM');
  });

  it('customer details with allDetails: 4 SIP connections', () => {
    const details = customerDetailsSchema.parse(fixtures.customerDetailsAll);
    expect(details.siteLocation?.map((site) => site.sbcId)).toEqual([7, 12, 8, 11]);
    expect(details.siteLocation?.[0]).toEqual({
      id: '8a97168c-f8a0-485b-a95e-8127d0a9adfe',
      name: 'GSDBFWQOQNJGG',
      sbcId: 7,
      sbcDeploymentState: 'Deployed',
      sbcConfigurationType: 'SipTrunk',
    });
    expect(details.siteLocation?.every((site) => site.sbcDeploymentState === 'Deployed')).toBe(true);
  });

  it('the 500 body reads as an error body', () => {
    expect(apiErrorBodySchema.parse(fixtures.customerDetails500)).toEqual({
      title: 'Failed to retrieve customer information',
      status: 500,
      detail: 'ErrorTicket=9ce0708c-9de2-44c9-9daf-0aa81b90bd76',
    });
  });

  it('create request passes the strict wire schema unchanged', () => {
    expect(createCustomerRequestSchema.parse(fixtures.createCustomerRequest)).toEqual({
      shortName: 'SaraTest1',
      fullName: 'SaraTest1',
      siteLocation: { sbcId: 5, sbcOnboardingScript: 10007, sbcCleanupScript: 10700 },
      ovocCustomerType: 'IPGROUP_TYPE',
      msTenantId: '4bf50a33-a383-4d3f-9403-220c898bc1b2',
      scriptParameters: {
        CacProfile: '5 sessions',
        ProxySet: 'SIPTrunk',
        OnlinePstnGateway: 'BradDRService.sandbox2.audiocodes.be',
        additionalProp1: 'Service Provider2 SBC',
      },
    });
  });

  it('create response', () => {
    const response = createCustomerResponseSchema.parse(fixtures.createCustomerResponse);
    expect(response.id).toBe('b38e5a04-6d32-4be8-95bb-53bf7d6fa95c');
    expect(response.customerId).toBe('SaraTest1');
    expect(response.siteLocationIds).toEqual(['2205294f-9111-4e9d-8343-bd24f8e7a90f']);
    expect(response.deploymentState).toBe('Deployed');
    expect(response.errorDetails).toBeNull();
    expect(response.progressDetails).toMatch(/^\(Information, MsTenantid is valid\);/);
  });

  it('OVOC customer', () => {
    const customer = ovocCustomerSchema.parse(fixtures.ovocCustomer);
    expect(customer.id).toBe(85844);
    expect(customer.name).toBe('Brad984');
    expect(customer.fullName).toBeNull();
    expect(customer.status).toBe('ERROR');
    expect(customer.msTenantId).toBe('56056a77-07a5-43a7-bb1b-3d6f3c8e2b07');
    expect(customer.attachedServices).toEqual([97674]);
    expect(customer.channelId).toBe(52262);
    expect(customer.applicationsStatus?.management).toEqual({ managementStatus: 'ERROR' });
    expect(customer.applicationsStatus?.voiceQuality?.teamsVoiceQualityJson?.vqMediaStatus).toBe('UNMONITORED');
    expect(Object.keys(customer.services ?? {})).toHaveLength(11);
    expect(customer.services?.LIVE_CX).toEqual({ meteringTag: '' });
    expect(customer.contacts).toEqual({ email: null, secondaryEmail: null, phone: null, secondaryPhone: null, generalInfo: null });
  });

  it('OVOC services: 6 complete entries, every documented field read', () => {
    const { services } = ovocServicesResponseSchema.parse(fixtures.ovocServices);
    expect(services).toHaveLength(6);
    expect(services.map((service) => service.licenseType)).toEqual([
      'PRO_IMTR',
      'ESSENTIAL',
      'ESSENTIAL',
      'ESSENTIAL_IMTR',
      'ESSENTIAL',
      'PRO',
    ]);

    const first = services[0];
    expect(first?.id).toBe(42712);
    expect(first?.lcCustomerId).toBe(79192);
    expect(first?.serviceName).toBe('customera-dm');
    expect(first?.umpId).toBeNull();
    expect(first?.isEnabled).toBe(true);
    expect(first?.usersCount).toBeNull();
    expect(first?.umpUsersSuspendAlarmStatus).toBe(0);
    expect(first?.attachedSites).toEqual([42713]);
    expect(first?.attachedLinks).toEqual([]);
    expect(first?.elementsCount).toEqual({ total: 1, devices: 0, links: 0, sites: 1 });
    expect(first?.deviceManagerParams?.devicesCount).toEqual({ personal: 11, meeting: 15 });
    expect(first?.deviceManagerParams?.disconnectedDevices).toEqual({ personal: 7, meeting: 11 });
    expect(first?.deviceManagerParams).not.toHaveProperty('password');
    expect(first?.applicationsStatus?.management).toEqual({ managementStatus: 'ERROR', serviceDeployStatus: 'DEPLOYED' });
    expect(first?.applicationsStatus?.voiceQuality?.sbcVoiceQualityJson?.voiceQualityStatus).toBe('UNMONITORED');
    expect(first?.parameters?.[0]).toEqual({ name: 'Max AI Summary Devices', type: 'Integer', value: 5 });
    expect(first?.status).toBe('ERROR');

    expect(services[1]?.parameters).toBeNull();

    const acme = services[5];
    expect(acme?.fullName).toBe('ACME Inc.');
    expect(acme?.isEnabled).toBe(false);
    expect(acme?.status).toBe('UNMONITORED');
    expect(acme?.serviceUcaasTenantId).toBe('');
    // "Integer" parameters sent as strings stay strings: the value is shown as the vendor sent it.
    expect(acme?.parameters?.map((parameter) => parameter.value)).toEqual(['0', '0', '0', '']);
  });
});
