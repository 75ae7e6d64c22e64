// @vitest-environment node
import { fixtures } from '../../../simulator/fixtures';
import {
  callingProfilesSchema,
  dialPlanSchema,
  onboardingSuggestionsSchema,
  scriptTemplatesSchema,
  siteLocationDetailsSchema,
} from './index';

describe('the related-endpoints examples parse', () => {
  it('site location: integer states kept as numbers, variables as named rows, the password never kept', () => {
    const site = siteLocationDetailsSchema.parse(fixtures.siteLocation);
    expect(site.sbcDeploymentState).toBe(3);
    expect(site.m365DeploymentState).toBeNull();
    expect(site.sbcInfo?.sbcConfigurationType).toBe(0);
    expect(site.sbcInfo?.cacProfile).toBe('10 sessions');
    expect(site.sbcInfo?.sbcId).toBe(8);
    expect(site.sbcInfo?.sbcScripts?.onboardingScript).toBe(7);
    expect(site.sbcInfo?.sbcScripts?.cleanupScript).toBe(700);
    expect(site.sbcInfo?.sbcScripts?.customerVariables).toEqual([
      { name: 'CarrierUserPassword', value: { kind: 'secret', set: true } },
      { name: 'CarierMailLine', value: { kind: 'text', text: 'Site2MainLine123' } },
      { name: 'CustomVar.Variable1', value: { kind: 'text', text: 'variable4' } },
    ]);
    expect(JSON.stringify(site)).not.toContain('Site2#%00500');
    expect(site.m365Info?.m365Scripts?.flagConfigureM365Routing).toBe(false);
    expect(site.m365Info?.m365Scripts?.customerVariables).toBeNull();
    expect(site.pendingTasks).toEqual([]);
  });

  it('site location: the server marker reads as set / not set', () => {
    const site = siteLocationDetailsSchema.parse({
      sbcInfo: { sbcScripts: { customerVariables: { CarrierUserPassword: { redacted: true, set: false }, ApiKey: { redacted: true, set: true } } } },
    });
    expect(site.sbcInfo?.sbcScripts?.customerVariables).toEqual([
      { name: 'CarrierUserPassword', value: { kind: 'secret', set: false } },
      { name: 'ApiKey', value: { kind: 'secret', set: true } },
    ]);
  });

  it('site location: a field that does not fit degrades that field only', () => {
    const site = siteLocationDetailsSchema.parse({ siteName: 42, sbcInfo: { sbcId: 'eight', cacProfile: '10 sessions' }, pendingTasks: 'none' });
    expect(site.siteName).toBeNull();
    expect(site.sbcInfo?.sbcId).toBeNull();
    expect(site.sbcInfo?.cacProfile).toBe('10 sessions');
    expect(site.pendingTasks).toBeNull();
  });

  it('dial plan: rule rows, a bad row reported by position', () => {
    const plan = dialPlanSchema.parse(fixtures.dialPlan);
    expect(plan).toMatchObject({ dialPlanId: 'CustDialPlan', ruleDTO: [{ name: 'GSBFZUBGHWOFI', prefix: '+97239753000', tag: 'sandbox1.audiocodes.be' }] });
    expect(plan.$unreadable?.ruleDTO ?? []).toEqual([]);
    const odd = dialPlanSchema.parse({ dialPlanId: 'Zoom', ruleDTO: [{ name: 'a', prefix: '+1', tag: null }, 'junk'] });
    expect(odd.ruleDTO).toEqual([{ name: 'a', prefix: '+1', tag: null }]);
    expect(odd.$unreadable?.ruleDTO).toEqual([{ index: 1, path: '', value: 'junk' }]);
  });

  it('script templates: ids, types as numbers, related scripts as pairs', () => {
    const { rows, unreadable } = scriptTemplatesSchema.parse(fixtures.scriptTemplates);
    expect(unreadable).toEqual([]);
    expect(rows).toHaveLength(5);
    const scenario = rows.find((t) => t.id === 7);
    expect(scenario).toMatchObject({ name: 'sbc-scenario7', scriptType: 1, customerVariables: null });
    expect(scenario?.relatedScripts).toEqual([{ key: 700, value: 'sbc-scenario7Cleanup' }]);
    expect(rows.find((t) => t.id === 5000)?.relatedScripts).toEqual([]);
  });

  it('script templates: customer variable names read from any plausible shape (the shape is not documented)', () => {
    const read = (customerVariables: unknown) => scriptTemplatesSchema.parse([{ id: 1, name: 'x', customerVariables }]).rows[0]?.customerVariables;
    expect(read(['IPPBX-ProxyAddress', 'SIP-HostName'])).toEqual(['IPPBX-ProxyAddress', 'SIP-HostName']);
    expect(read('IPPBX-ProxyAddress, IPPBX-ProxyAddress-SIPPort')).toEqual(['IPPBX-ProxyAddress', 'IPPBX-ProxyAddress-SIPPort']);
    expect(read({ A: '', B: 'x' })).toEqual(['A', 'B']);
    expect(read([{ name: 'A' }, 3])).toEqual(['A']);
    expect(read(null)).toBeNull();
  });

  it('calling profiles: the SBCs the trunks name', () => {
    const { rows } = callingProfilesSchema.parse(fixtures.callingProfiles);
    expect(rows[0]?.name).toBe('PROD_AudioCodesRD_Calling_AC_EMEA');
    expect(rows[0]?.trunksEnrolled[0]?.matchingSbcList).toEqual([
      { sbcId: 2, fqdn: 'NL-SBC05.lab.lan', ipAddress: '172.17.239.165', name: 'NL-SBC05' },
    ]);
  });

  it('a list that is not a list fails the call', () => {
    expect(scriptTemplatesSchema.safeParse({ error: 'x' }).success).toBe(false);
  });

  it('the console suggestions answer', () => {
    expect(onboardingSuggestionsSchema.parse({ sbcs: [{ sbcId: 8, connections: 3 }], cacProfiles: [], channelIds: [], sitesReadAt: null, notes: [] }).sbcs).toHaveLength(1);
  });
});
