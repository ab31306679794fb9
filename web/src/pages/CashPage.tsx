import { useState } from 'react';
import { Ageing } from './cash/Ageing';
import { Outlook } from './cash/Outlook';
import { Scenarios } from './cash/Scenarios';
import { WorkingCapital } from './cash/WorkingCapital';

export function CashPage() {
  const [today] = useState(() => new Date());
  return (
    <>
      <div className="page-header">
        <h1>Working capital &amp; cash</h1>
      </div>
      <WorkingCapital days={90} today={today} />
      <Outlook />
      <Scenarios />
      <Ageing />
    </>
  );
}
