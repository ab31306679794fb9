/**
 * An instant from the APIs (ISO-8601 with `Z` or an offset) as a date and time in the
 * user's locale and time zone.
 */
export function dateTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') {
    return '—';
  }
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    instant,
  );
}
