import { deviceManagerParamsSchema, elementsCountSchema } from '../../api/schemas';
import { formatDefinedAt, formatDevices, formatElements, formatEnabled, formatParameterValue } from './format';

describe('health formatting', () => {
  it('writes devices per kind with the vendor percentage and disconnected count', () => {
    const params = deviceManagerParamsSchema.parse({
      devicesCount: { personal: 11, meeting: 15 },
      disconnectedDevices: { personal: 7, meeting: 11 },
      maxDevicesPersonal: 200,
      maxDevicesMeeting: 200,
      devicesPercentagePersonal: 5,
      devicesPercentageMeeting: 7,
    });
    expect(formatDevices(params).map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Personal: 11 of 200 (5%) · 7 disconnected',
      'Meeting: 15 of 200 (7%) · 11 disconnected',
    ]);
  });

  it('keeps zero as 0 and leaves out what was not sent', () => {
    const params = deviceManagerParamsSchema.parse({ devicesCount: { personal: 0 }, maxDevicesPersonal: 10 });
    expect(formatDevices(params).map((l) => l.text)).toEqual(['0 of 10']);
    expect(formatDevices(null)).toEqual([]);
    expect(formatElements(elementsCountSchema.parse({ sites: 1, links: 0, devices: 2 }))).toBe('1 site · 0 links · 2 devices');
    expect(formatElements(elementsCountSchema.parse({}))).toBeNull();
    expect(formatEnabled(false)).toBe('No');
    expect(formatEnabled(null)).toBeNull();
    expect(formatParameterValue('')).toBeNull();
    expect(formatParameterValue(0)).toBe('0');
  });

  it('writes the definition date with its age', () => {
    const defined = formatDefinedAt(Date.UTC(2023, 2, 15, 10, 37), Date.UTC(2026, 2, 15));
    expect(defined).toMatchObject({ date: '15 Mar 2023', relative: '3 years ago' });
    expect(formatDefinedAt(Number.NaN)).toBeNull();
  });
});
