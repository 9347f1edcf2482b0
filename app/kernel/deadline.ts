// Deadlines are calendar days in Japan. "Days left" is computed on the server against today's date in Tokyo and
// sent with the page, so the browser renders exactly what the server did.

// Built once: constructing a DateTimeFormat costs far more than formatting with one (it showed in profiles).
const tokyoDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit" });

export function todayInTokyo(now = new Date()): string {
  return tokyoDay.format(now);
}

/** Whole days from `today` to `deadline` (both YYYY-MM-DD): 0 on the day itself, negative once past. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
