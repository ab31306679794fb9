import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { Connections } from './Connections';
import { Quarantine } from './Quarantine';
import { Uploads } from './Uploads';

/**
 * Integrations: connections and their syncs, quarantine review and file uploads. Everyone
 * reads; OPERATORs and up connect, sync, re-process and import (the service checks again).
 */
export function IntegrationsPage() {
  const me = useMe();
  const canWrite = hasRole(me, 'OPERATOR');
  return (
    <>
      <div className="page-header">
        <h1>Integrations</h1>
      </div>
      <Tabs>
        <TabList aria-label="Integrations" className="tablist">
          <Tab id="connections" className="tab">
            Connections
          </Tab>
          <Tab id="quarantine" className="tab">
            Quarantine
          </Tab>
          <Tab id="uploads" className="tab">
            Uploads
          </Tab>
        </TabList>
        <TabPanel id="connections">
          <Connections canWrite={canWrite} />
        </TabPanel>
        <TabPanel id="quarantine">
          <Quarantine canWrite={canWrite} />
        </TabPanel>
        <TabPanel id="uploads">
          <Uploads canWrite={canWrite} />
        </TabPanel>
      </Tabs>
    </>
  );
}
