import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Form,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  NumberField,
  TextArea,
  TextField,
} from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import {
  clearOverride,
  seriesAccuracyQuery,
  seriesForecastQuery,
  setOverride,
  type ForecastWeek,
  type SeriesAccuracy,
  type SeriesForecast,
} from '../../api/forecasts';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { EChart } from '../../charts/EChart';
import { count, date, percent } from '../../format/format';
import { Card } from '../../ui/Card';
import { Export, exportTable, type ExportColumn } from '../../ui/Export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { KpiTile, KpiTileSkeleton } from '../../ui/KpiTile';
import { LoadingRegion } from '../../ui/Skeleton';
import { Analogue } from './Analogue';
import { forecastChart } from './forecastChart';
import { beatsNaiveText } from './SeriesList';

const VERDICT: Record<string, string> = {
  yes: 'beats naive',
  no: 'does not beat naive',
  'not tested': 'not tested',
};

const units = (value: number | null | undefined) => count(value ?? null, 1);

/** Sets or clears one week's override, with the reason the API requires. */
function OverrideDialog({
  seriesKey,
  week,
  mode,
}: {
  seriesKey: string;
  week: ForecastWeek;
  mode: 'set' | 'clear';
}) {
  const client = useQueryClient();
  const [quantity, setQuantity] = useState(week.override?.quantity ?? Math.round(week.point));
  const [reason, setReason] = useState('');
  const change = useMutation({
    mutationFn: () =>
      mode === 'set'
        ? setOverride(seriesKey, week.periodStart, quantity, reason.trim())
        : clearOverride(seriesKey, week.periodStart, reason.trim()),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['forecasting', 'series'] }),
        client.invalidateQueries({ queryKey: ['forecasting', 'plans'] }),
        client.invalidateQueries({ queryKey: ['forecasting', 'overrides'] }),
      ]),
  });
  const title =
    mode === 'set'
      ? `Override the week of ${date(week.periodStart)}`
      : `Remove the override of the week of ${date(week.periodStart)}`;
  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (!open) {
          change.reset();
          setReason('');
        }
      }}
    >
      <Button
        className="button button-quiet"
        aria-label={mode === 'set' ? title : `Remove override, week of ${date(week.periodStart)}`}
      >
        {mode === 'set' ? 'Override…' : 'Remove…'}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <Form
                onSubmit={(event) => {
                  event.preventDefault();
                  change.mutate(undefined, { onSuccess: close });
                }}
              >
                <Heading slot="title">{title}</Heading>
                <p>
                  Statistical baseline {units(week.baseline)}
                  {week.eventUplift !== 0 && `, events ${units(week.eventUplift)}`}; now{' '}
                  {units(week.point)} units.
                </p>
                {mode === 'set' && (
                  <NumberField
                    className="field"
                    value={quantity}
                    onChange={setQuantity}
                    minValue={0}
                    isRequired
                    autoFocus
                  >
                    <Label>Units for the week</Label>
                    <Input />
                  </NumberField>
                )}
                <TextField
                  className="field"
                  value={reason}
                  onChange={setReason}
                  isRequired
                  maxLength={1000}
                  autoFocus={mode === 'clear'}
                >
                  <Label>Reason</Label>
                  <TextArea rows={3} />
                </TextField>
                {change.isError && (
                  <ErrorPanel title="The override was refused" error={change.error} />
                )}
                <div className="dialog-actions">
                  <Button className="button" onPress={close}>
                    Cancel
                  </Button>
                  <Button
                    type="submit"
                    className="button button-primary"
                    isPending={change.isPending}
                  >
                    {mode === 'set' ? 'Save override' : 'Remove override'}
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

interface TableRow {
  periodStart: string;
  ordered?: number;
  adjusted?: number;
  week?: ForecastWeek;
}

const csvColumns: ExportColumn<TableRow>[] = [
  { header: 'period_start', value: (row) => row.periodStart },
  { header: 'ordered', value: (row) => row.ordered },
  { header: 'as_fitted', value: (row) => row.adjusted },
  { header: 'baseline', value: (row) => row.week?.baseline },
  { header: 'event_uplift', value: (row) => row.week?.eventUplift },
  { header: 'override', value: (row) => row.week?.override?.quantity },
  { header: 'override_reason', value: (row) => row.week?.override?.reason },
  { header: 'forecast', value: (row) => row.week?.point },
  { header: 'lower_80', value: (row) => row.week?.interval80.lower },
  { header: 'upper_80', value: (row) => row.week?.interval80.upper },
  { header: 'lower_95', value: (row) => row.week?.interval95.lower },
  { header: 'upper_95', value: (row) => row.week?.interval95.upper },
];

function rowsOf(forecast: SeriesForecast): TableRow[] {
  return [
    ...forecast.history.map((week) => ({
      periodStart: week.periodStart,
      ordered: week.quantity,
      adjusted: week.adjusted,
    })),
    ...forecast.forecast.map((week) => ({ periodStart: week.periodStart, week })),
  ];
}

function WeekTable({ forecast, canOverride }: { forecast: SeriesForecast; canOverride: boolean }) {
  const rows = rowsOf(forecast);
  return (
    <>
      <div className="filters">
        <Export
          fileName={`forecast-${forecast.key.replaceAll(':', '_')}`}
          {...exportTable(rows, csvColumns)}
        />
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Week table">
        <table className="compact">
          <caption className="visually-hidden">
            History and forecast of {forecast.key} per week, in units
          </caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col" className="numeric">
                Ordered
              </th>
              <th scope="col" className="numeric">
                As fitted
              </th>
              <th scope="col" className="numeric">
                Statistical baseline
              </th>
              <th scope="col" className="numeric">
                Events
              </th>
              <th scope="col">Override</th>
              <th scope="col" className="numeric">
                Forecast
              </th>
              <th scope="col" className="numeric">
                80% interval
              </th>
              <th scope="col" className="numeric">
                95% interval
              </th>
              {canOverride && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {[...rows].reverse().map((row) => {
              const week = row.week;
              return (
                <tr key={row.periodStart} className={week?.override ? 'overridden' : undefined}>
                  <th scope="row">
                    {date(row.periodStart)}
                    {week !== undefined && <span className="muted"> forecast</span>}
                  </th>
                  <td className="numeric">{units(row.ordered)}</td>
                  <td className="numeric">{units(row.adjusted)}</td>
                  <td className="numeric">{units(week?.baseline)}</td>
                  <td className="numeric">{week === undefined ? '—' : units(week.eventUplift)}</td>
                  <td>
                    {week?.override == null
                      ? '—'
                      : `${units(week.override.quantity)}: “${week.override.reason}” (${week.override.email ?? week.override.by})`}
                  </td>
                  <td className="numeric">{units(week?.point)}</td>
                  <td className="numeric">
                    {week === undefined
                      ? '—'
                      : `${units(week.interval80.lower)} – ${units(week.interval80.upper)}`}
                  </td>
                  <td className="numeric">
                    {week === undefined
                      ? '—'
                      : `${units(week.interval95.lower)} – ${units(week.interval95.upper)}`}
                  </td>
                  {canOverride && (
                    <td>
                      {week !== undefined && (
                        <>
                          <OverrideDialog seriesKey={forecast.key} week={week} mode="set" />
                          {week.override != null && (
                            <OverrideDialog seriesKey={forecast.key} week={week} mode="clear" />
                          )}
                        </>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function AccuracyCard({ accuracy }: { accuracy: SeriesAccuracy }) {
  const metric = (value: number | null | undefined, digits = 2) => count(value ?? null, digits);
  const coverage = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : percent(value * 100);
  return (
    <Card title="Backtest accuracy">
      {accuracy.models.length === 0 ? (
        <p>
          Not backtested: aggregates and series too short to test have no accuracy of their own.
        </p>
      ) : (
        <table className="compact">
          <caption className="visually-hidden">Backtest accuracy per model</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" className="numeric">
                MASE
              </th>
              <th scope="col" className="numeric">
                WAPE %
              </th>
              <th scope="col" className="numeric">
                sMAPE
              </th>
              <th scope="col" className="numeric">
                Bias %
              </th>
              <th scope="col" className="numeric">
                In 80% interval
              </th>
              <th scope="col" className="numeric">
                In 95% interval
              </th>
              <th scope="col" className="numeric">
                Windows × points
              </th>
            </tr>
          </thead>
          <tbody>
            {accuracy.models.map((model) => (
              <tr key={model.model}>
                <th scope="row">
                  {model.model === 'auto'
                    ? 'chosen model'
                    : model.model === 'naive'
                      ? 'naive'
                      : model.model === 'snaive'
                        ? 'seasonal naive'
                        : model.model}
                </th>
                <td className="numeric">{metric(model.mase)}</td>
                <td className="numeric">{metric(model.wape, 1)}</td>
                <td className="numeric">{metric(model.smape, 1)}</td>
                <td className="numeric">{metric(model.bias, 1)}</td>
                <td className="numeric">{coverage(model.coverage80)}</td>
                <td className="numeric">{coverage(model.coverage95)}</td>
                <td className="numeric">
                  {model.windows} × {model.points}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">
        MASE 1 is the in-sample naive error; the chosen model beats naive when its MASE is lower.
      </p>
    </Card>
  );
}

/** One series: history, forecast with its bands, accuracy against naive, overrides, analogues. */
export function SeriesPage() {
  const [params] = useSearchParams();
  const key = params.get('key') ?? '';
  if (key === '') {
    return (
      <>
        <div className="page-header">
          <h1>Forecast of a series</h1>
        </div>
        <p>
          No series is named in the address. <Link to="/forecasts">Choose one from the list.</Link>
        </p>
      </>
    );
  }
  return <SeriesView key={key} seriesKey={key} />;
}

function SeriesView({ seriesKey: key }: { seriesKey: string }) {
  const me = useMe();
  const forecast = useQuery(seriesForecastQuery(key));
  const accuracy = useQuery(seriesAccuracyQuery(key));
  const option = useMemo(
    () => (forecast.data === undefined ? undefined : forecastChart(forecast.data)),
    [forecast.data],
  );
  const canOverride = hasRole(me, 'OPERATOR');
  const ratio = accuracy.data?.versusNaive.maseRatio;

  return (
    <>
      <div className="page-header">
        <h1>Forecast of {key}</h1>
        <Link to="/forecasts">All series</Link>
      </div>
      <section className="kpis" aria-label="Model and accuracy">
        {forecast.isPending || accuracy.isPending ? (
          ['Model', 'Accuracy band', 'Against naive', 'History'].map((label) => (
            <KpiTileSkeleton key={label} label={label} />
          ))
        ) : (
          <>
            <KpiTile
              label="Model"
              value={forecast.data?.model ?? '—'}
              note={
                forecast.data === undefined
                  ? undefined
                  : `season ${String(forecast.data.seasonLength)} weeks, ${forecast.data.level} level`
              }
            />
            <KpiTile label="Accuracy band" value={accuracy.data?.band ?? '—'} />
            <KpiTile
              label="Against naive"
              value={
                accuracy.data === undefined
                  ? '—'
                  : (VERDICT[beatsNaiveText(accuracy.data.versusNaive.beatsBaseline)] ?? '—')
              }
              note={
                ratio === null || ratio === undefined
                  ? undefined
                  : `MASE ratio ${count(ratio, 2)} (below 1 beats naive)`
              }
            />
            <KpiTile
              label="History"
              value={
                forecast.data === undefined ? '—' : `${count(forecast.data.history.length)} weeks`
              }
              note={
                forecast.data === undefined ? undefined : `up to ${date(forecast.data.historyEnd)}`
              }
            />
          </>
        )}
      </section>
      {accuracy.isError && <ErrorPanel title="Accuracy is not available" error={accuracy.error} />}
      <Card title="History and forecast" wide>
        {forecast.isPending ? (
          <LoadingRegion label="the forecast" lines={8} />
        ) : forecast.isError ? (
          <ErrorPanel
            title="The forecast is not available"
            error={forecast.error}
            onRetry={() => void forecast.refetch()}
          />
        ) : (
          <>
            {option !== undefined && (
              <EChart
                option={option}
                label={`History and forecast of ${key} with 80% and 95% intervals`}
                height={340}
              />
            )}
            <p className="muted">
              The forecast line is the final number (baseline, events, overrides); the dashed line
              is the statistical baseline the run produced. Overridden weeks are in bold.
            </p>
            <WeekTable forecast={forecast.data} canOverride={canOverride} />
          </>
        )}
      </Card>
      {accuracy.data !== undefined && <AccuracyCard accuracy={accuracy.data} />}
      {forecast.data !== undefined &&
        (forecast.data.level === 'bottom' || forecast.data.level === 'sku') && (
          <Analogue seriesKey={key} historyWeeks={forecast.data.history.length} />
        )}
    </>
  );
}
