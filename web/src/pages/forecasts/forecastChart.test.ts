import { describe, expect, it } from 'vitest';
import { seriesForecast } from './fixtures';
import { forecastChart } from './forecastChart';

interface Line {
  name: string;
  stack?: string;
  data: (number | null)[];
  areaStyle?: unknown;
}

describe('forecastChart', () => {
  const option = forecastChart(seriesForecast());
  const series = option.series as Line[];
  const named = (name: string) => series.find((line) => line.name === name);

  it('draws each interval as its lower edge with the width stacked on it', () => {
    const lower95 = named('95% interval lower');
    const width95 = named('95% interval');
    expect(lower95?.stack).toBe('band95');
    expect(width95?.stack).toBe('band95');
    expect(width95?.areaStyle).toBeDefined();
    // Two history weeks without a band, then 30–62 and 43–77.
    expect(lower95?.data).toEqual([null, null, 30, 43]);
    expect(width95?.data).toEqual([null, null, 32, 34]);
    expect(named('80% interval lower')?.data).toEqual([null, null, 36, 49]);
    expect(named('80% interval')?.data).toEqual([null, null, 20, 22]);
  });

  it('keeps the statistical baseline beside the final forecast, joined to the history', () => {
    expect(named('Statistical baseline')?.data).toEqual([null, null, 42, 43]);
    expect(named('Forecast')?.data).toEqual([null, 44, 46, 60]);
    expect(named('Ordered')?.data).toEqual([40, 90, null, null]);
    expect(named('As fitted')?.data).toEqual([40, 44, null, null]);
    expect(option.legend.data.includes('95% interval lower')).toBe(false);
  });
});
