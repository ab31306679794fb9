import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  BANDS,
  LEVELS,
  SERIES_LIMIT,
  seriesListQuery,
  type AccuracyBand,
  type SeriesFilters,
  type SeriesLevel,
  type SeriesSummary,
} from '../../api/forecasts';
import { count, date } from '../../format/format';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import { Export, exportTable, type ExportColumn } from '../../ui/Export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';
import { LoadingRegion } from '../../ui/Skeleton';
import type { Features } from '../../ui/tableFeatures';

const ANY = '*';

const LEVEL_LABELS: Record<SeriesLevel, string> = {
  bottom: 'SKU × channel × region',
  sku: 'SKU',
  region: 'Region',
  total: 'Total',
};

const BEATS = [
  { id: ANY, label: 'Any' },
  { id: 'yes', label: 'Beats naive' },
  { id: 'no', label: 'Does not beat naive' },
  { id: 'unknown', label: 'Not tested' },
];

/**
 * A series page's address. The key goes in the query: a SKU may hold a dot or a slash,
 * and the gateway serves the app only for paths whose last segment has no dot.
 */
export function seriesHref(key: string): string {
  return `/forecasts/series?${new URLSearchParams({ key }).toString()}`;
}

export function beatsNaiveText(beats: boolean | null | undefined): string {
  return beats === true ? 'yes' : beats === false ? 'no' : 'not tested';
}

function decimalCount(value: number | null | undefined, digits = 2): string {
  return count(value ?? null, digits);
}

const helper = createColumnHelper<Features, SeriesSummary>();

const columns: TableColumn<SeriesSummary>[] = helper.columns([
  helper.accessor('key', {
    header: 'Series',
    sortFn: 'alphanumeric',
    cell: (info) => <Link to={seriesHref(info.getValue() as string)}>{info.getValue()}</Link>,
  }),
  helper.accessor('sku', { header: 'SKU', sortFn: 'alphanumeric' }),
  helper.accessor('channel', { header: 'Channel', sortFn: 'text' }),
  helper.accessor('region', { header: 'Region', sortFn: 'text' }),
  helper.accessor('model', { header: 'Model', sortFn: 'text' }),
  helper.accessor('band', { header: 'Accuracy band', sortFn: 'text' }),
  helper.accessor((row) => row.wape ?? undefined, {
    id: 'wape',
    header: 'WAPE %',
    cell: (info) => decimalCount(info.getValue() as number | undefined, 1),
    meta: { numeric: true },
    sortUndefined: 'last',
  }),
  helper.accessor((row) => row.mase ?? undefined, {
    id: 'mase',
    header: 'MASE',
    cell: (info) => decimalCount(info.getValue() as number | undefined),
    meta: { numeric: true },
    sortUndefined: 'last',
  }),
  helper.accessor((row) => row.naiveMase ?? undefined, {
    id: 'naiveMase',
    header: 'Naive MASE',
    cell: (info) => decimalCount(info.getValue() as number | undefined),
    meta: { numeric: true },
    sortUndefined: 'last',
  }),
  helper.accessor((row) => beatsNaiveText(row.beatsNaive), {
    id: 'beatsNaive',
    header: 'Beats naive',
    sortFn: 'text',
  }),
  helper.accessor('historyWeeks', {
    header: 'Weeks of history',
    meta: { numeric: true },
  }),
]);

const csvColumns: ExportColumn<SeriesSummary>[] = [
  { header: 'key', value: (row) => row.key },
  { header: 'level', value: (row) => row.level },
  { header: 'sku', value: (row) => row.sku },
  { header: 'channel', value: (row) => row.channel },
  { header: 'region', value: (row) => row.region },
  { header: 'model', value: (row) => row.model },
  { header: 'band', value: (row) => row.band },
  { header: 'wape', value: (row) => row.wape },
  { header: 'mase', value: (row) => row.mase },
  { header: 'naive_mase', value: (row) => row.naiveMase },
  { header: 'beats_naive', value: (row) => row.beatsNaive },
  { header: 'history_weeks', value: (row) => row.historyWeeks },
  { header: 'adjusted_weeks', value: (row) => row.adjustedWeeks },
];

function options(values: Iterable<string>) {
  return [
    { id: ANY, label: 'Any' },
    ...[...new Set(values)].sort().map((value) => ({ id: value, label: value })),
  ];
}

/**
 * The newest run's series. Level, SKU, channel, region and band are the API's filters;
 * beats-naive and the search filter the answer here (the API has no such parameter).
 */
export function SeriesList() {
  const [params, setParams] = useSearchParams();
  const get = (name: string) => params.get(name) ?? undefined;
  const level = (LEVELS as readonly string[]).includes(get('level') ?? '')
    ? (get('level') as SeriesLevel)
    : 'bottom';
  const filters: SeriesFilters = {
    level,
    sku: get('sku'),
    channel: get('channel'),
    region: get('region'),
    band: get('band') as AccuracyBand | undefined,
  };
  const beats = get('beats') ?? ANY;
  const set = (name: string, value: string) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === ANY) {
          next.delete(name);
        } else {
          next.set(name, value);
        }
        return next;
      },
      { replace: true },
    );
  };
  // The unfiltered level gives the choices for the pickers.
  const choices = useQuery(seriesListQuery({ level }));
  const page = useQuery({ ...seriesListQuery(filters), placeholderData: keepPreviousData });
  const rows = useMemo(() => {
    const series = page.data?.series ?? [];
    if (beats === ANY) {
      return series;
    }
    return series.filter(
      (row) => beatsNaiveText(row.beatsNaive) === (beats === 'unknown' ? 'not tested' : beats),
    );
  }, [page.data, beats]);
  const all = choices.data?.series ?? [];

  return (
    <>
      <div className="filters">
        <Picker
          label="Level"
          value={level}
          options={LEVELS.map((id) => ({ id, label: LEVEL_LABELS[id] }))}
          onChange={(value) => {
            set('level', value);
          }}
        />
        <Picker
          label="SKU"
          value={filters.sku ?? ANY}
          options={options(all.map((row) => row.sku))}
          onChange={(value) => {
            set('sku', value);
          }}
        />
        <Picker
          label="Channel"
          value={filters.channel ?? ANY}
          options={options(all.map((row) => row.channel))}
          onChange={(value) => {
            set('channel', value);
          }}
        />
        <Picker
          label="Region"
          value={filters.region ?? ANY}
          options={options(all.map((row) => row.region))}
          onChange={(value) => {
            set('region', value);
          }}
        />
        <Picker
          label="Accuracy band"
          value={filters.band ?? ANY}
          options={[{ id: ANY, label: 'Any' }, ...BANDS.map((id) => ({ id, label: id }))]}
          onChange={(value) => {
            set('band', value);
          }}
        />
        <Picker
          label="Against naive"
          value={beats}
          options={BEATS}
          onChange={(value) => {
            set('beats', value);
          }}
        />
        <Export fileName="series" {...exportTable(rows, csvColumns)} />
      </div>
      {page.isPending ? (
        <LoadingRegion label="the series" lines={8} />
      ) : page.isError ? (
        <ErrorPanel
          title="The series are not available"
          error={page.error}
          onRetry={() => void page.refetch()}
        />
      ) : page.data.runId === null ? (
        <p>No forecast run has succeeded yet: start one under Runs.</p>
      ) : (
        <>
          <p className="muted">
            Run of history up to {date(page.data.historyEnd)}: {count(page.data.total)} series match
            {page.data.total > SERIES_LIMIT &&
              `; the first ${count(SERIES_LIMIT)} are listed, narrow the filters to see the rest`}
            .
          </p>
          <DataTable label="Series table" data={rows} columns={columns} />
        </>
      )}
    </>
  );
}
