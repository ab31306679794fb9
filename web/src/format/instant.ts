/**
 * A moment the APIs write as an ISO instant (2026-12-07T09:30:00Z), in the user's locale and
 * time zone, to the minute.
 */
export function dateTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') {
    return '—';
  }
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    moment,
  );
}
