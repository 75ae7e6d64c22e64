/** Where the SIP connection runs and how the carrier is reached. */
import type { SiteLocationDetails } from '../../../api/schemas';
import { Nullable } from '../../../components/Nullable';
import { CopyableValue, Fact, FactList, Section } from '../Section';
import { SiteValue } from './SiteValue';

const flag = (value: boolean | null | undefined) => (value === null || value === undefined ? null : value ? 'Yes' : 'No');

export function OverviewSection({ site, siteId }: { site: SiteLocationDetails; siteId: string }) {
  const sbc = site.sbcInfo;
  return (
    <Section title="Connection">
      <FactList>
        <Fact label="SIP connection ID">
          <CopyableValue value={siteId} what="SIP connection ID" />
        </Fact>
        <Fact label="SBC deployment">
          <SiteValue field="sbcDeploymentState" value={site.sbcDeploymentState} />
        </Fact>
        <Fact label="Microsoft 365 deployment">
          <SiteValue field="m365DeploymentState" value={site.m365DeploymentState} />
        </Fact>
        <Fact label="Online PSTN gateway">
          <CopyableValue value={site.onlinePstnGateway} what="Online PSTN gateway" />
        </Fact>
        <Fact label="SBC ID">
          <Nullable value={sbc?.sbcId} />
        </Fact>
        <Fact label="Configuration type">
          <SiteValue field="sbcConfigurationType" value={sbc?.sbcConfigurationType ?? null} chip={false} />
        </Fact>
        <Fact label="CAC profile">
          <Nullable value={sbc?.cacProfile} />
        </Fact>
        <Fact label="Configure the SBC">
          <Nullable value={flag(sbc?.flagConfigureSbc)} />
        </Fact>
        <Fact label="Microsoft tenant ID">
          <CopyableValue value={site.tenantId} what="Microsoft tenant ID" />
        </Fact>
      </FactList>
    </Section>
  );
}

export function CarrierSection({ site }: { site: SiteLocationDetails }) {
  const sbc = site.sbcInfo;
  return (
    <Section title="Carrier">
      <FactList>
        <Fact label="Carrier ID">
          <Nullable value={sbc?.carrierId} />
        </Fact>
        <Fact label="Host name">
          <Nullable value={sbc?.carrierHostName} />
        </Fact>
        <Fact label="Main line">
          <Nullable value={sbc?.carrierMainLine} />
        </Fact>
        <Fact label="User name">
          <Nullable value={sbc?.carrierUserName} />
        </Fact>
      </FactList>
    </Section>
  );
}
