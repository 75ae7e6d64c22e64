import {
  LICENSE_TYPES,
  isKnownLicenseType,
  licenseFamily,
  licenseTypeName,
  licenseTypesOf,
  ovocLicenseTypeLabel,
} from './license-types';

describe('UMP license types', () => {
  it('names the six documented codes', () => {
    expect([0, 1, 2, 3, 4, 5].map((code) => licenseTypeName(code))).toEqual([
      'Hosted Essentials',
      'Hosted Essentials Plus',
      'Hosted Pro',
      'OC Essentials',
      'OC Essentials Plus',
      'OC Pro',
    ]);
  });

  it('gives an unknown code back as it came, and absent as null', () => {
    expect(licenseTypeName(7)).toBe('7');
    expect(licenseTypeName(-1)).toBe('-1');
    expect(licenseTypeName(null)).toBeNull();
    expect(licenseTypeName(undefined)).toBeNull();
  });

  it('knows the family of each code: 0-2 Direct Routing, 3-5 Operator Connect', () => {
    expect([0, 1, 2, 3, 4, 5].map((code) => licenseFamily(code))).toEqual([
      'Direct Routing',
      'Direct Routing',
      'Direct Routing',
      'Operator Connect',
      'Operator Connect',
      'Operator Connect',
    ]);
    expect(licenseFamily(7)).toBeNull();
    expect(licenseFamily(null)).toBeNull();
  });

  it('lists types per family for the UI, in vendor order', () => {
    expect(licenseTypesOf('Operator Connect').map((type) => type.code)).toEqual([3, 4, 5]);
    expect(licenseTypesOf('Direct Routing').map((type) => type.name)).toEqual(['Hosted Essentials', 'Hosted Essentials Plus', 'Hosted Pro']);
    expect(LICENSE_TYPES).toHaveLength(6);
  });

  it('tells known codes from unknown ones', () => {
    expect(isKnownLicenseType(5)).toBe(true);
    expect(isKnownLicenseType(6)).toBe(false);
    expect(isKnownLicenseType(null)).toBe(false);
  });
});

describe('OVOC license types', () => {
  it('labels the four words seen in the examples', () => {
    expect(['ESSENTIAL', 'ESSENTIAL_IMTR', 'PRO', 'PRO_IMTR'].map((value) => ovocLicenseTypeLabel(value))).toEqual([
      'Essentials',
      'Essentials (IMTR)',
      'Pro',
      'Pro (IMTR)',
    ]);
  });

  it('passes an unknown word through unchanged, and absent stays null', () => {
    expect(ovocLicenseTypeLabel('ENTERPRISE_X')).toBe('ENTERPRISE_X');
    expect(ovocLicenseTypeLabel(null)).toBeNull();
  });
});
