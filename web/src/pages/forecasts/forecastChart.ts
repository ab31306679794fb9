import type { SeriesForecast } from '../../api/forecasts';
import { date } from '../../format/format';

const hidden = { opacity: 0 };

/** A band drawn as a stacked area: an invisible lower edge, then the width on top of it. */
function band(
  name: string,
  stack: string,
  lower: (number | null)[],
  upper: (number | null)[],
  opacity: number,
) {
  return [
    {
      type: 'line',
      name: `${name} lower`,
      stack,
      data: lower,
      symbol: 'none',
      lineStyle: hidden,
      silent: true,
      tooltip: { show: false },
    },
    {
      type: 'line',
      name,
      stack,
      data: upper.map((value, index) => {
        const low = lower[index];
        return value === null || low === null || low === undefined ? null : value - low;
      }),
      symbol: 'none',
      lineStyle: hidden,
      areaStyle: { opacity },
      silent: true,
      tooltip: { show: false },
    },
  ];
}

/**
 * History, the final forecast, the statistical baseline and the 80% and 95% intervals on
 * one week axis; the forecast line starts at the last history week so the two join.
 */
export function forecastChart(forecast: SeriesForecast) {
  const weeks = [
    ...forecast.history.map((week) => week.periodStart),
    ...forecast.forecast.map((week) => week.periodStart),
  ];
  const past = forecast.history.length;
  const future = (pick: (index: number) => number): (number | null)[] =>
    weeks.map((_, index) => (index < past ? null : pick(index - past)));
  const at = (index: number) => forecast.forecast[index];
  const point = future((index) => at(index)?.point ?? 0);
  const last = forecast.history[past - 1];
  if (last !== undefined && past > 0) {
    point[past - 1] = last.adjusted;
  }
  const adjustedDiffers = forecast.history.some((week) => week.adjusted !== week.quantity);
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: {
      top: 0,
      data: [
        'Ordered',
        ...(adjustedDiffers ? ['As fitted'] : []),
        'Forecast',
        'Statistical baseline',
        '80% interval',
        '95% interval',
      ],
    },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: weeks.map((week) => date(week)), boundaryGap: false },
    yAxis: { type: 'value', name: 'units' },
    series: [
      ...band(
        '95% interval',
        'band95',
        future((index) => at(index)?.interval95.lower ?? 0),
        future((index) => at(index)?.interval95.upper ?? 0),
        0.15,
      ),
      ...band(
        '80% interval',
        'band80',
        future((index) => at(index)?.interval80.lower ?? 0),
        future((index) => at(index)?.interval80.upper ?? 0),
        0.3,
      ),
      {
        type: 'line',
        name: 'Ordered',
        data: weeks.map((_, index) =>
          index < past ? (forecast.history[index]?.quantity ?? null) : null,
        ),
        symbol: 'none',
      },
      ...(adjustedDiffers
        ? [
            {
              type: 'line',
              name: 'As fitted',
              data: weeks.map((_, index) =>
                index < past ? (forecast.history[index]?.adjusted ?? null) : null,
              ),
              symbol: 'none',
              lineStyle: { type: 'dotted' },
            },
          ]
        : []),
      { type: 'line', name: 'Forecast', data: point, symbolSize: 5 },
      {
        type: 'line',
        name: 'Statistical baseline',
        data: future((index) => at(index)?.baseline ?? 0),
        symbol: 'none',
        lineStyle: { type: 'dashed' },
      },
    ],
  };
}
