import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { Card } from '../../ui/Card';
import { Calendar } from './Calendar';
import { NewSkus } from './NewSkus';
import { OverrideAudit } from './OverrideAudit';
import { Runs } from './Runs';
import { SeriesList } from './SeriesList';

const TABS = [
  { id: 'series', label: 'Series' },
  { id: 'runs', label: 'Runs' },
  { id: 'calendar', label: 'Promotions calendar' },
  { id: 'new-skus', label: 'New SKUs' },
  { id: 'audit', label: 'Override audit' },
] as const;

/** The series of the newest run, the runs, the events calendar and who overrode what. */
export function ForecastsPage() {
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((candidate) => candidate.id === params.get('tab'))?.id ?? 'series';
  return (
    <>
      <div className="page-header">
        <h1>Forecasts</h1>
      </div>
      <Card title="Demand forecasts" wide>
        <Tabs
          selectedKey={tab}
          onSelectionChange={(key) => {
            // Each tab keeps only its own filters in the address.
            setParams(key === 'series' ? {} : { tab: String(key) }, { replace: true });
          }}
        >
          <TabList aria-label="Forecasts" className="tablist">
            {TABS.map((candidate) => (
              <Tab key={candidate.id} id={candidate.id} className="tab">
                {candidate.label}
              </Tab>
            ))}
          </TabList>
          <TabPanel id="series">
            <SeriesList />
          </TabPanel>
          <TabPanel id="runs">
            <Runs />
          </TabPanel>
          <TabPanel id="calendar">
            <Calendar />
          </TabPanel>
          <TabPanel id="new-skus">
            <NewSkus />
          </TabPanel>
          <TabPanel id="audit">
            <OverrideAudit />
          </TabPanel>
        </Tabs>
      </Card>
    </>
  );
}
