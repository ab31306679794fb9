import { lastDays } from '../format/format';

export interface Period {
  id: string;
  label: string;
  days: number;
}

export const PERIODS: Period[] = [
  { id: '7', label: 'Last 7 days', days: 7 },
  { id: '30', label: 'Last 30 days', days: 30 },
  { id: '90', label: 'Last 90 days', days: 90 },
  { id: '365', label: 'Last 12 months', days: 365 },
];

export function periodRange(id: string): { from: string; to: string } {
  const period = PERIODS.find((candidate) => candidate.id === id) ?? PERIODS[1];
  return lastDays(period?.days ?? 30);
}
