// @vitest-environment node
import * as z from 'zod/mini';
import { summarizeIssues } from '../describe-issues';
import {
  customerDetailsSchema,
  ovocServiceSchema,
  serviceBriefSchema,
  servicesListSchema,
  siteLocationSchema,
  taskSchema,
} from './index';
import { numberish, tolerantObject } from './tolerant';

const pascalRow = {
  UmpCustomerGuid: 'f1d30c8d-5f44-451e-9257-2318808ba0df',
  CustomerShortName: 'BB175Plus',
  CustomerFullName: 'BB175Plus',
  LicenseType: 1,
  LicensedUsersCount: 50,
  MsTenantId: '7e24d47c-eb72-439a-84e4-aea1bdb1eed9',
  ActiveUserCount: 0,
  LiveHubActiveUsersCount: 0,
  LiveHubSimpleUsersCount: 0,
};

describe('tolerantObject', () => {
  it('reads the camelCase spelling of a row the same as the PascalCase one', () => {
    const camelRow = Object.fromEntries(
      Object.entries(pascalRow).map(([key, value]) => [key.charAt(0).toLowerCase() + key.slice(1), value]),
    );
    expect(serviceBriefSchema.parse(camelRow)).toEqual(serviceBriefSchema.parse(pascalRow));
    expect(serviceBriefSchema.parse(camelRow).licensedUsersCount).toBe(50);
  });

  it('reads other casings from the vendor tables: msTenantID, sbcdeploymentState', () => {
    const { MsTenantId: _omit, ...rest } = pascalRow;
    expect(serviceBriefSchema.parse({ ...rest, msTenantID: 'abc' }).msTenantId).toBe('abc');
    const site = siteLocationSchema.parse({ id: 's1', sbcdeploymentState: 'Deployed' });
    expect(site.sbcDeploymentState).toBe('Deployed');
  });

  it('prefers the exact spelling when two casings of one key are sent', () => {
    const schema = tolerantObject({ msTenantId: z.string() });
    expect(schema.parse({ MsTenantId: 'pascal', msTenantId: 'exact' })).toEqual({ msTenantId: 'exact' });
  });

  it('drops unknown fields', () => {
    const row = serviceBriefSchema.parse({ ...pascalRow, BrandNewField: 'x', nested: { a: 1 } });
    expect(row).not.toHaveProperty('BrandNewField');
    expect(row).not.toHaveProperty('nested');
    expect(Object.keys(row)).toHaveLength(9);
  });

  it('passes unknown enum values through unchanged', () => {
    expect(serviceBriefSchema.parse({ ...pascalRow, LicenseType: 7 }).licenseType).toBe(7);
    const service = ovocServiceSchema.parse({
      status: 'DEGRADED',
      licenseType: 'ENTERPRISE',
      applicationsStatus: { management: { managementStatus: 'PAUSED', serviceDeployStatus: 'ROLLING_BACK' } },
    });
    expect(service.status).toBe('DEGRADED');
    expect(service.licenseType).toBe('ENTERPRISE');
    expect(service.applicationsStatus?.management).toEqual({ managementStatus: 'PAUSED', serviceDeployStatus: 'ROLLING_BACK' });
  });

  it('keeps an integer sbcDeploymentState as a number', () => {
    expect(siteLocationSchema.parse({ id: 's1', name: 'A', sbcId: 4, sbcDeploymentState: 3 }).sbcDeploymentState).toBe(3);
  });

  it('turns missing optional fields into null, never undefined or 0', () => {
    const row = serviceBriefSchema.parse({ UmpCustomerGuid: 'g', CustomerShortName: 'short' });
    expect(row).toEqual({
      umpCustomerGuid: 'g',
      customerShortName: 'short',
      customerFullName: null,
      licenseType: null,
      licensedUsersCount: null,
      msTenantId: null,
      activeUserCount: null,
      liveHubActiveUsersCount: null,
      liveHubSimpleUsersCount: null,
    });
  });

  it('turns a missing nested object into null, and reads an empty OVOC service as all-null', () => {
    const service = ovocServiceSchema.parse({ id: 1 });
    expect(service.applicationsStatus).toBeNull();
    expect(service.deviceManagerParams).toBeNull();
    expect(service.parameters).toBeNull();
    expect(service.umpId).toBeNull();
    expect(Object.values(service).filter((value) => value !== null)).toEqual([1]);
    const partial = ovocServiceSchema.parse({ applicationsStatus: { management: { managementStatus: 'OK' } } });
    expect(partial.applicationsStatus).toEqual({ management: { managementStatus: 'OK', serviceDeployStatus: null }, voiceQuality: null });
  });

  it('accepts `enabled` for isEnabled (the table name) and umpId when sent', () => {
    const service = ovocServiceSchema.parse({ Enabled: false, umpId: 'f1d30c8d-5f44-451e-9257-2318808ba0df' });
    expect(service.isEnabled).toBe(false);
    expect(service.umpId).toBe('f1d30c8d-5f44-451e-9257-2318808ba0df');
  });

  it('reads nested objects tolerantly too', () => {
    const service = ovocServiceSchema.parse({ DeviceManagerParams: { DevicesCount: { Personal: 3 } } });
    expect(service.deviceManagerParams?.devicesCount).toEqual({ personal: 3, meeting: null });
  });

  it('keeps OVOC parameter values as sent: string, number, boolean or null', () => {
    const service = ovocServiceSchema.parse({
      parameters: [
        { name: 'a', type: 'Integer', value: '0' },
        { name: 'b', type: 'Integer', value: 2 },
        { name: 'c', type: 'Boolean', value: true },
        { name: 'd', type: 'Date', value: null },
      ],
    });
    expect(service.parameters?.map((parameter) => parameter.value)).toEqual(['0', 2, true, null]);
  });

  it('reads numeric strings as numbers for counts, but not empty or odd strings', () => {
    expect(serviceBriefSchema.parse({ ...pascalRow, LicensedUsersCount: '50' }).licensedUsersCount).toBe(50);
    expect(numberish.safeParse('').success).toBe(false);
    expect(numberish.safeParse('1e3').success).toBe(false);
    expect(numberish.safeParse('-4.5').data).toBe(-4.5);
  });

  it('does not invent site locations: missing -> null, [] stays []', () => {
    const { siteLocation: missing } = customerDetailsSchema.parse(pascalRow);
    const { siteLocation: empty } = customerDetailsSchema.parse({ ...pascalRow, SiteLocation: [] });
    expect(missing).toBeNull();
    expect(empty).toEqual([]);
  });

  it('reads a task with only an id, messages defaulting to an empty list', () => {
    expect(taskSchema.parse({ Id: 'task-1' })).toEqual({
      id: 'task-1',
      status: null,
      executionMessages: [],
      outputData: null,
      createTime: null,
      completeTime: null,
    });
    const task = taskSchema.parse({ id: 9, status: 'CompletedSuccess', executionMessages: [{ Level: 'Information', Message: 'done' }] });
    expect(task.executionMessages).toEqual([{ level: 'Information', message: 'done' }]);
  });
});

describe('wrong types fail with the path as the server spelled it', () => {
  it('names the row and the PascalCase key', () => {
    const rows = [pascalRow, pascalRow, pascalRow, { ...pascalRow, CustomerShortName: ['four'] }];
    const result = servicesListSchema.safeParse(rows);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(summarizeIssues(result.error, rows)).toEqual({ path: '[3].CustomerShortName', problem: 'expected a string', more: 0 });
  });

  it('says when a required field is missing', () => {
    const { CustomerShortName: _omit, ...rest } = pascalRow;
    const result = servicesListSchema.safeParse([rest]);
    if (result.success) throw new Error('expected a failure');
    expect(summarizeIssues(result.error, [rest])).toMatchObject({ path: '[0].customerShortName', problem: 'missing (expected a string)' });
  });

  it('keeps a field that fits no branch of a union as it came, and the row with it', () => {
    const input = { SiteLocation: [{ id: 'x', sbcDeploymentState: true }] };
    const details = customerDetailsSchema.parse({ ...pascalRow, ...input });
    expect(details.siteLocation).toHaveLength(1);
    expect(details.siteLocation?.[0]?.sbcDeploymentState).toBeNull();
    expect(details.siteLocation?.[0]?.$unfit).toEqual({ sbcDeploymentState: { value: true, expected: 'text or a number' } });
  });

  it('reports the root when the payload is not a list at all', () => {
    const result = servicesListSchema.safeParse({ services: [] });
    if (result.success) throw new Error('expected a failure');
    expect(summarizeIssues(result.error, { services: [] })).toEqual({ path: '', problem: 'expected a list', more: 0 });
  });
});
