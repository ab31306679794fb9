import { decimal, type Change } from '../api/types';
import { percentChange } from '../format/format';
import { Skeleton } from './Skeleton';

function ChangeBadge({ label, change }: { label: string; change: Change | null | undefined }) {
  const value = decimal(change?.percent);
  const direction = value === null || value === 0 ? 'flat' : value > 0 ? 'up' : 'down';
  return (
    <span className={`change change-${direction}`}>
      {percentChange(change?.percent)} <span className="muted">{label}</span>
    </span>
  );
}

/** One figure with its change against the previous period and the same period last year. */
export function KpiTile({
  label,
  value,
  vsPrevious,
  vsLastYear,
  note,
}: {
  label: string;
  value: string;
  vsPrevious?: Change | null;
  vsLastYear?: Change | null;
  note?: string;
}) {
  return (
    <article className="kpi" aria-label={label}>
      <h3 className="kpi-label">{label}</h3>
      <p className="kpi-value">{value}</p>
      {vsPrevious !== undefined && <ChangeBadge label="vs previous period" change={vsPrevious} />}
      {vsLastYear !== undefined && <ChangeBadge label="vs last year" change={vsLastYear} />}
      {note !== undefined && <p className="muted kpi-note">{note}</p>}
    </article>
  );
}

export function KpiTileSkeleton({ label }: { label: string }) {
  return (
    <article className="kpi" aria-label={label} aria-busy="true">
      <h3 className="kpi-label">{label}</h3>
      <Skeleton height="2rem" width="70%" />
      <Skeleton height="0.9rem" width="60%" />
      <Skeleton height="0.9rem" width="50%" />
    </article>
  );
}
