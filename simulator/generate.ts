import type { CustomerDetails, OvocCustomer, OvocService, ServiceBrief, SiteLocation } from '../src/api/schemas';

/** A listed customer of the simulator's store: always with a GUID (leads are odd shapes, simulator/shapes.ts). */
export type ListedBrief = ServiceBrief & { umpCustomerGuid: string };
import { intBetween, pick, rngFor, uuidFrom, type Rng } from './prng';

/**
 * Realistic, deterministic data for the simulator. Everything is derived from a guid
 * (or an index for the bulk list), so the same customer always looks the same.
 */

const WORDS = ['Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Adatum', 'Litware', 'Proseware', 'Woodgrove', 'Lucerne', 'Wingtip',
  'Alpine', 'Blue', 'Coho', 'Fourth', 'Margie', 'Nod', 'Relecloud', 'Trey', 'Humongous', 'Graphic', 'Southridge', 'Wide', 'Datum', 'Bellows'];
const SUFFIXES = ['Telecom', 'Health', 'Logistics', 'Bank', 'Retail', 'Legal', 'Energy', 'Travel', 'Media', 'Foods', 'Labs', 'Group'];
const SHORT_TAILS = ['', 'DR', 'OC', 'Pro', 'Ess', 'Plus', 'EU', 'US', 'UK'];
/** License mix seen at a typical provider: mostly Essentials, a fair share of Pro and OC. */
const LICENSE_WEIGHTS: ReadonlyArray<readonly [number, number]> = [[0, 30], [1, 12], [2, 22], [3, 20], [4, 8], [5, 8]];

function weightedLicense(rng: Rng): number {
  let roll = rng() * 100;
  for (const [type, weight] of LICENSE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return type;
  }
  return 0;
}

const hasAppRegistration = (licenseType: number | null): boolean =>
  licenseType === 1 || licenseType === 2 || licenseType === 4 || licenseType === 5;

/** The bulk list for SIM_CUSTOMERS: the n-th generated customer, unique short names. */
export function generateCustomer(index: number): ListedBrief {
  const rng = rngFor(`customer-${index}`);
  const word = pick(rng, WORDS);
  const suffix = pick(rng, SUFFIXES);
  const licenseType = weightedLicense(rng);
  const licensed = licenseType === 0 || licenseType === 3 ? null : pick(rng, [10, 20, 25, 50, 100, 250, 500, 1000]);
  const active = licensed === null ? intBetween(rng, 0, 40) : intBetween(rng, 0, licensed);
  // Short names stay within the documented 3-15 characters and unique: word prefix + index in base 36.
  const shortName = `${word.slice(0, 7)}${pick(rng, SHORT_TAILS).slice(0, 3)}${index.toString(36)}`.slice(0, 15);
  const hasPro = licenseType !== 0 && licenseType !== 3;
  return {
    umpCustomerGuid: uuidFrom(rng),
    customerShortName: shortName,
    customerFullName: `${word} ${suffix} ${index}`,
    licenseType,
    licensedUsersCount: licensed,
    msTenantId: rng() < 0.06 ? null : uuidFrom(rng),
    activeUserCount: rng() < 0.04 ? null : active,
    liveHubActiveUsersCount: hasPro ? intBetween(rng, 0, 3) : null,
    liveHubSimpleUsersCount: hasPro ? intBetween(rng, 0, 20) : null,
  };
}

/** M/D/YYYY h:mm:ss AM, the format of ClientSecretExpirationDate in the details page. */
export function formatUmpDate(date: Date): string {
  const hours = date.getUTCHours();
  const h12 = hours % 12 === 0 ? 12 : hours % 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${h12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`;
}

const SITE_STATES: ReadonlyArray<string | number> = ['Deployed', 'Deployed', 'Deployed', 'Deployed', 3, 'Failed', 'InProgress'];

function siteName(rng: Rng): string {
  return Array.from({ length: 13 }, () => String.fromCharCode(65 + intBetween(rng, 0, 25))).join('');
}

export function generateSites(rng: Rng, count: number): SiteLocation[] {
  return Array.from({ length: count }, () => ({
    id: uuidFrom(rng),
    name: siteName(rng),
    sbcId: intBetween(rng, 1, 20),
    sbcDeploymentState: pick(rng, SITE_STATES),
    sbcConfigurationType: pick(rng, ['SipTrunk', 'SipTrunk', 'Registration']),
  }));
}

/** Details consistent with the list row, seeded by the guid. `now` anchors the secret expiry dates. */
export function generateDetails(brief: ListedBrief, now: Date): CustomerDetails {
  const rng = rngFor(brief.umpCustomerGuid);
  const sites = generateSites(rng, intBetween(rng, 0, 4));
  const withApp = hasAppRegistration(brief.licenseType);
  // A spread of expiry dates, so the demo shows past, soon and distant ones.
  const expiryDays = pick(rng, [-20, 12, 25, 90, 200, 400, 700]);
  const expiry = new Date(now.getTime() + expiryDays * 86_400_000);
  return {
    ...brief,
    siteLocation: sites,
    msDefaultDomain: withApp && rng() < 0.6 ? `${brief.customerShortName.toLowerCase().replace(/[^a-z0-9]/g, '')}.onmicrosoft.com` : null,
    applicationClientId: withApp ? uuidFrom(rng) : null,
    applicationClientSecret: withApp ? pick(rng, ['~-6', 'Q8x', 'aB3', '7_k']) : null,
    clientSecretExpirationDate: withApp ? formatUmpDate(expiry) : null,
  };
}

const OVOC_LICENSE: Record<number, string> = { 0: 'ESSENTIAL', 1: 'ESSENTIAL_IMTR', 2: 'PRO', 3: 'ESSENTIAL', 4: 'ESSENTIAL_IMTR', 5: 'PRO_IMTR' };
const STATUS_MIX = ['OK', 'OK', 'OK', 'OK', 'WARNING', 'ERROR', 'UNMONITORED'] as const;

/**
 * The OVOC service of a UMP customer, built on a documented example so the shape is exactly the
 * page's. Most carry the documented `umpId`; about one in five does not (older services), and is
 * found by name only.
 */
export function generateOvocService(brief: ListedBrief, id: number, template: OvocService): OvocService {
  const rng = rngFor(`ovoc-${brief.umpCustomerGuid}`);
  const status = pick(rng, STATUS_MIX);
  const management = status === 'UNMONITORED' ? 'UNMONITORED' : pick(rng, [status, status, 'OK']);
  const deploy = status === 'ERROR' && rng() < 0.4 ? 'FAILED' : pick(rng, ['DEPLOYED', 'DEPLOYED', 'DEPLOYED', 'READY']);
  const personal = intBetween(rng, 0, 40);
  const meeting = intBetween(rng, 0, 20);
  const vq = pick(rng, ['OK', 'OK', 'WARNING', 'UNMONITORED']);
  const withUmpId = rng() >= 0.2;
  const base = template;
  return {
    ...base,
    id,
    lcCustomerId: 100_000 + id,
    serviceId: uuidFrom(rng),
    umpId: withUmpId ? brief.umpCustomerGuid : null,
    name: brief.customerShortName,
    serviceName: brief.customerShortName,
    fullName: brief.customerFullName,
    licenseType: OVOC_LICENSE[brief.licenseType ?? -1] ?? 'ESSENTIAL',
    serviceSource: pick(rng, ['DM', 'UMP', 'UMP', 'LIVE_CX']),
    isEnabled: rng() > 0.05,
    url: `/ovoc/v1/topology/services/${id}`,
    definedAt: new Date(Date.UTC(2023, 0, 1) + intBetween(rng, 0, 900) * 86_400_000).toISOString().replace('Z', '+0000'),
    serviceUcaasTenantId: brief.msTenantId ?? '',
    attachedSites: [id + 1],
    status,
    applicationsStatus: {
      management: { managementStatus: management, serviceDeployStatus: deploy },
      voiceQuality: {
        teamsVoiceQualityJson: { vqControlStatus: vq, vqMediaStatus: vq, voiceQualityStatus: vq },
        voiceQualityStatus: vq,
        alertRuleVoiceQualityStatus: vq,
        sbcVoiceQualityJson: { vqControlStatus: vq, vqMediaStatus: 'OK', voiceQualityStatus: vq },
      },
    },
    deviceManagerParams: base.deviceManagerParams
      ? {
          ...base.deviceManagerParams,
          devicesCount: { personal, meeting },
          disconnectedDevices: { personal: intBetween(rng, 0, personal), meeting: intBetween(rng, 0, meeting) },
          maxDevicesPersonal: 100,
          maxDevicesMeeting: 50,
          devicesPercentagePersonal: personal,
          devicesPercentageMeeting: meeting * 2,
          serviceDeviceUrl: null,
        }
      : null,
    parameters: rng() < 0.3 ? [
      { name: 'AI Summary Status', type: 'String', value: pick(rng, ['enabled', 'disabled']) },
      { name: 'Trial Status', type: 'String', value: 'enabled' },
      { name: 'Trial Expiry Date', type: 'String', value: `${String(intBetween(rng, 1, 28)).padStart(2, '0')}-0${intBetween(rng, 1, 9)}-2027` },
    ] : null,
  };
}

/** The OVOC customer behind a service's lcCustomerId, consistent with its attached services. */
export function generateOvocCustomer(id: number, attached: OvocService[], template: OvocCustomer): OvocCustomer {
  const rng = rngFor(`ovoc-customer-${id}`);
  const first = attached[0];
  const worst = attached.some((s) => s.status === 'ERROR') ? 'ERROR' : attached.some((s) => s.status === 'WARNING') ? 'WARNING' : 'OK';
  return {
    ...template,
    id,
    name: first?.name ?? `customer-${id}`,
    description: first?.fullName ?? null,
    fullName: first?.fullName ?? null,
    url: `/ovoc/v1/topology/lcCustomers/${id}`,
    msTenantId: first?.serviceUcaasTenantId || null,
    attachedServices: attached.flatMap((s) => (s.id === null ? [] : [s.id])),
    channelId: intBetween(rng, 50_000, 59_999),
    logoId: null,
    iamAccountId: uuidFrom(rng),
    status: worst,
    contacts: {
      email: rng() < 0.5 ? `noc@${(first?.name ?? 'customer').toLowerCase().replace(/[^a-z0-9]/g, '')}.example` : null,
      phone: rng() < 0.3 ? `+1 555 01${intBetween(rng, 10, 99)}` : null,
      secondaryEmail: null,
      secondaryPhone: null,
      generalInfo: null,
    },
    applicationsStatus: template.applicationsStatus
      ? { ...template.applicationsStatus, management: { managementStatus: worst } }
      : null,
  };
}
