/**
 * The calendar day (YYYY-MM-DD) in China of an instant. China keeps UTC+8 all year, so this needs no time-zone data
 * (which old browsers and some mini-program runtimes lack).
 */
export function chinaDay(instant: Date | string = new Date()): string {
  return new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
