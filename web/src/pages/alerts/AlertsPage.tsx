import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { Channels } from './Channels';
import { Deliveries } from './Deliveries';
import { Feed } from './Feed';
import { Rules } from './Rules';

/**
 * Alerts: everyone's own live feed; rules, channels and the delivery log for MANAGERs and
 * ADMINs (the service refuses the rest anyway).
 */
export function AlertsPage() {
  const me = useMe();
  const manages = hasRole(me, 'MANAGER');
  return (
    <>
      <div className="page-header">
        <h1>Alerts</h1>
      </div>
      {manages ? (
        <Tabs>
          <TabList aria-label="Alerts" className="tablist">
            <Tab id="feed" className="tab">
              Feed
            </Tab>
            <Tab id="rules" className="tab">
              Rules
            </Tab>
            <Tab id="channels" className="tab">
              Channels
            </Tab>
            <Tab id="deliveries" className="tab">
              Delivery log
            </Tab>
          </TabList>
          <TabPanel id="feed">
            <Feed />
          </TabPanel>
          <TabPanel id="rules">
            <Rules />
          </TabPanel>
          <TabPanel id="channels">
            <Channels canManage={manages} />
          </TabPanel>
          <TabPanel id="deliveries">
            <Deliveries canReplay={hasRole(me, 'ADMIN')} />
          </TabPanel>
        </Tabs>
      ) : (
        <Feed />
      )}
    </>
  );
}
