// Dates as the tests expect to read them, computed here with Intl on their own (not with the
// app's date module, so a fault there cannot hide behind the same fault in the expectation).

/** Today's date in Buenos Aires (yyyy-mm-dd), as the server judges "today", "overdue" or "ends in N days". */
export function todayBA(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Argentina/Buenos_Aires",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A yyyy-mm-dd date as the app shows it (dd/mm/yyyy). */
export const ddmmyyyy = (iso: string) => iso.split("-").reverse().join("/");
