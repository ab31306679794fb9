import { describe, expect, it } from 'vitest';
import { date, isoDate, lastDays, money, parseIsoDate, percentChange } from './format';

describe('format', () => {
  it('shows money in its own currency', () => {
    expect(money('1234.5', 'GBP')).toContain('£');
    expect(money(1234.5, 'USD')).toContain('$');
    expect(money(1234.5, 'EUR')).toContain('€');
  });

  it('shows a missing figure as a dash, never as zero', () => {
    expect(money(null, 'GBP')).toBe('—');
    expect(percentChange(undefined)).toBe('—');
  });

  it('signs a change so a fall reads as one', () => {
    expect(percentChange(12.5)).toMatch(/^\+12[.,]5\s?%$/);
    expect(percentChange('-3')).toMatch(/^-3\s?%$/);
  });

  it('reads an ISO date as that calendar day in any time zone', () => {
    const day = parseIsoDate('2026-12-07');

    expect(day.getDate()).toBe(7);
    expect(isoDate(day)).toBe('2026-12-07');
    expect(date('2026-12-07')).toMatch(/7/);
  });

  it('counts the last n days including today', () => {
    expect(lastDays(30, new Date(2026, 11, 7))).toEqual({ from: '2026-11-08', to: '2026-12-07' });
  });
});
