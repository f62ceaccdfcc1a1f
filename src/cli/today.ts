/**
 * Today's date in Europe/London for `cpc`, without the 10 ms that creating the first
 * `Intl.DateTimeFormat` adds to every start-up. `cpc` owns its process, and the library's
 * date arithmetic gives the same result in every zone (the suite runs as far east as
 * UTC+14 to prove it), so the process's zone is set to London for the moment of reading
 * the date, then put back before anything else runs.
 */
import { todayInLondon } from "../dates.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** Today in Europe/London, as YYYY-MM-DD; the library's {@link todayInLondon} where the zone is not known. */
export function londonToday(now: Date = new Date()): string {
  if (typeof process === "undefined") return todayInLondon(now);
  const before = process.env["TZ"];
  process.env["TZ"] = "Europe/London";
  try {
    // An unknown zone reads as UTC: two instants whose London offsets are known (British
    // Summer Time in July, GMT in January) prove the zone's rules are there.
    if (new Date(Date.UTC(2024, 6, 1, 12)).getTimezoneOffset() !== -60 || new Date(Date.UTC(2024, 0, 1, 12)).getTimezoneOffset() !== 0)
      return todayInLondon(now);
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  } finally {
    if (before === undefined) delete process.env["TZ"];
    else process.env["TZ"] = before;
  }
}
