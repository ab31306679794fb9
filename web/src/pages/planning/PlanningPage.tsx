import { Locations } from './Locations';
import { Plans } from './Plans';
import { ServiceLevelsCard } from './ServiceLevelsCard';
import { Suggestions } from './Suggestions';

export function PlanningPage() {
  return (
    <>
      <div className="page-header">
        <h1>Inventory planning</h1>
      </div>
      <Suggestions />
      <Plans />
      <div className="grid">
        <ServiceLevelsCard />
        <Locations />
      </div>
    </>
  );
}
