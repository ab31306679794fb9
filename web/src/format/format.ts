import { decimal, type Decimal } from '../api/types';

/**
 * Numbers, money and dates in the user's locale (the browser's language). Money always
 * shows its currency; an ISO date (2026-12-07) is a calendar day, never shifted by a time
 * zone.
 */

const locale = (): string | undefined => undefined;

export function money(
  value: Decimal | null | undefined,
  currency: string,
  compact = false,
): string {
  const number = decimal(value);
  if (number === null) {
    return '—';
  }
  return new Intl.NumberFormat(locale(), {
    style: 'currency',
    currency,
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact ? 1 : 2,
  }).format(number);
}

export function count(value: Decimal | null | undefined, fractionDigits = 0): string {
  const number = decimal(value);
  if (number === null) {
    return '—';
  }
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: fractionDigits }).format(number);
}

/** A percentage given in percent (12.5 → "+12.5%"), signed so a change reads as one. */
export function percentChange(value: Decimal | null | undefined): string {
  const number = decimal(value);
  if (number === null) {
    return '—';
  }
  return new Intl.NumberFormat(locale(), {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(number / 100);
}

export function percent(value: Decimal | null | undefined): string {
  const number = decimal(value);
  if (number === null) {
    return '—';
  }
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(
    number / 100,
  );
}

export function parseIsoDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

export function date(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) {
    return '—';
  }
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(parseIsoDate(iso));
}

export function shortDate(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short' }).format(
    parseIsoDate(iso),
  );
}

/** A calendar day as the API writes it, in the user's own time zone. */
export function isoDate(day: Date): string {
  const month = String(day.getMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(day.getDate()).padStart(2, '0');
  return `${day.getFullYear()}-${month}-${dayOfMonth}`;
}

export function addDays(day: Date, days: number): Date {
  const next = new Date(day);
  next.setDate(next.getDate() + days);
  return next;
}

/** The last `days` days up to and including `today`. */
export function lastDays(days: number, today: Date = new Date()): { from: string; to: string } {
  return { from: isoDate(addDays(today, -(days - 1))), to: isoDate(today) };
}
