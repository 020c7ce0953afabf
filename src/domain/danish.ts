/** Danish dates and enumerations, by the platform's Intl (one home for both). */

const LIST = new Intl.ListFormat('da', { style: 'long', type: 'conjunction' });

/** The afrapportering's dates are Danish local dates, whatever the server's time zone. */
const LONG_DATE = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "1, 2 og 3": a Danish enumeration. */
export function joinDanish(parts: readonly string[]): string {
  return LIST.format(parts);
}

/** "23. maj 2012" in Danish local time; an unparseable value is returned as it is. */
export function formatDanishDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : LONG_DATE.format(date);
}
