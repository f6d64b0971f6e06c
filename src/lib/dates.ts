/**
 * Calendar dates as the content, the manifests and the snapshot folders write them: ISO
 * `AAAA-MM-JJ`, a real day of the calendar. The one home of that rule; French display is
 * formatDate in ./format.ts. Uses zod: not for the browser bundle.
 */
import { z } from 'zod';

/** An ISO calendar date, "2025-07-04"; "2025-02-30" fails. Published as `format: date`. */
export const isoDateSchema = z.iso.date();

export function isIsoDate(text: string): boolean {
  return isoDateSchema.safeParse(text).success;
}

/** The UTC day of an instant, as ISO `AAAA-MM-JJ`. */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Today (UTC), as ISO `AAAA-MM-JJ`. */
export function isoToday(): string {
  return isoDay(new Date());
}

/**
 * A fetched snapshot's folder (data/sources/<date>/) is named by its date and nothing else:
 * `.incoming-2025-07-04` or `2025-07-04-copie` is not a snapshot.
 */
export function isDatedFolderName(name: string): boolean {
  return isIsoDate(name);
}
