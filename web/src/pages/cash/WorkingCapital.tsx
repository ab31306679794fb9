import { useQuery } from '@tanstack/react-query';
import { workingCapitalQuery } from '../../api/queries';
import { decimal, type WorkingCapitalAnswer } from '../../api/types';
import { addDays, count, date, isoDate, parseIsoDate } from '../../format/format';
import { Card } from '../../ui/Card';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { KpiTile, KpiTileSkeleton } from '../../ui/KpiTile';

const METRICS = ['DSO', 'DIO', 'DPO', 'CCC'] as const;
const NAMES: Record<(typeof METRICS)[number], string> = {
  DSO: 'Days sales outstanding',
  DIO: 'Days inventory outstanding',
  DPO: 'Days payables outstanding',
  CCC: 'Cash conversion cycle',
};

function metric(answer: WorkingCapitalAnswer | undefined, name: string) {
  return answer?.metrics.find((candidate) => candidate.name === name);
}

/** DSO, DIO, DPO and CCC over the last `days` days, with the window before as the trend. */
export function WorkingCapital({ days, today }: { days: number; today: Date }) {
  const to = isoDate(today);
  const from = isoDate(addDays(today, -(days - 1)));
  const previousTo = isoDate(addDays(parseIsoDate(from), -1));
  const previousFrom = isoDate(addDays(parseIsoDate(from), -days));
  const current = useQuery(workingCapitalQuery(from, to));
  const previous = useQuery(workingCapitalQuery(previousFrom, previousTo));

  return (
    <Card title="Working capital" wide>
      <p className="muted">
        {date(from)} – {date(to)}, against {date(previousFrom)} – {date(previousTo)}.
      </p>
      {current.isError ? (
        <ErrorPanel
          title="Working capital is not available"
          error={current.error}
          onRetry={() => void current.refetch()}
        />
      ) : (
        <div className="kpis">
          {METRICS.map((name) => {
            if (current.isPending) {
              return <KpiTileSkeleton key={name} label={NAMES[name]} />;
            }
            const now = metric(current.data, name);
            const before = metric(previous.data, name);
            const value = decimal(now?.figure.value);
            const earlier = decimal(before?.figure.value);
            const trend =
              value !== null && earlier !== null
                ? `${value - earlier > 0 ? '+' : ''}${count(value - earlier, 1)} days vs the ${String(days)} days before`
                : undefined;
            return (
              <KpiTile
                key={name}
                label={`${NAMES[name]} (${name})`}
                value={value === null ? '—' : `${count(value, 1)} days`}
                note={now?.figure.unavailableReason ?? trend ?? now?.formula}
              />
            );
          })}
          {!current.isPending && (
            <KpiTile
              label="Current ratio"
              value={count(current.data.liquidity.currentRatio.value, 2)}
              note={
                current.data.liquidity.currentRatio.unavailableReason ??
                `Quick ratio ${count(current.data.liquidity.quickRatio.value, 2)}`
              }
            />
          )}
        </div>
      )}
    </Card>
  );
}
