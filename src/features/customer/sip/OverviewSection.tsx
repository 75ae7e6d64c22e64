/** Where the SIP connection runs and how the carrier is reached. */
import type { SiteLocationDetails } from '../../../api/schemas';
import { Nullable } from '../../../components/Nullable';
import { CopyableValue, Fact, FactList, Section } from '../Section';
import { t } from '../messages';
import { SiteValue } from './SiteValue';

export const flag = (value: boolean | null | undefined) => (value === null || value === undefined ? null : value ? t('sip.yes') : t('sip.no'));

export function OverviewSection({ site, siteId }: { site: SiteLocationDetails; siteId: string }) {
  const sbc = site.sbcInfo;
  return (
    <Section title={t('sip.connection.title')}>
      <FactList>
        <Fact label={t('sip.connection.id')}>
          <CopyableValue value={siteId} what={t('sip.connection.id')} />
        </Fact>
        <Fact label={t('sip.connection.sbcDeployment')}>
          <SiteValue field="sbcDeploymentState" value={site.sbcDeploymentState} />
        </Fact>
        <Fact label={t('sip.connection.m365Deployment')}>
          <SiteValue field="m365DeploymentState" value={site.m365DeploymentState} />
        </Fact>
        <Fact label={t('sip.connection.onlinePstnGateway')}>
          <CopyableValue value={site.onlinePstnGateway} what={t('sip.connection.onlinePstnGateway')} />
        </Fact>
        <Fact label={t('sip.connection.sbcId')}>
          <Nullable value={sbc?.sbcId} />
        </Fact>
        <Fact label={t('sip.connection.configurationType')}>
          <SiteValue field="sbcConfigurationType" value={sbc?.sbcConfigurationType ?? null} chip={false} />
        </Fact>
        <Fact label={t('sip.connection.cacProfile')}>
          <Nullable value={sbc?.cacProfile} />
        </Fact>
        <Fact label={t('sip.connection.configureSbc')}>
          <Nullable value={flag(sbc?.flagConfigureSbc)} />
        </Fact>
        <Fact label={t('sip.connection.msTenantId')}>
          <CopyableValue value={site.tenantId} what={t('sip.connection.msTenantId')} />
        </Fact>
      </FactList>
    </Section>
  );
}

export function CarrierSection({ site }: { site: SiteLocationDetails }) {
  const sbc = site.sbcInfo;
  return (
    <Section title={t('sip.carrier.title')}>
      <FactList>
        <Fact label={t('sip.carrier.id')}>
          <Nullable value={sbc?.carrierId} />
        </Fact>
        <Fact label={t('sip.carrier.hostName')}>
          <Nullable value={sbc?.carrierHostName} />
        </Fact>
        <Fact label={t('sip.carrier.mainLine')}>
          <Nullable value={sbc?.carrierMainLine} />
        </Fact>
        <Fact label={t('sip.carrier.userName')}>
          <Nullable value={sbc?.carrierUserName} />
        </Fact>
      </FactList>
    </Section>
  );
}
