import type { Medicine } from '../content/medicine.ts';

/**
 * The latest dated event the official files give for this medicine: a change on a list
 * (the version in which it was seen), a shortage's start or update, a rétrocession
 * inscription, the start of an early or compassionate access, its disappearance from
 * the files. It is the page's last change for the sitemap and structured data; never
 * the build date. The AMM date is not a change of the page, and dates that may lie
 * ahead (end of an access, expected return) are left out. Null when the files date no
 * event for it.
 */
export function lastDatedEventOf(medicine: Medicine): string | null {
  const dates = [
    ...medicine.history.map((event) => event.to),
    ...medicine.shortages.flatMap((shortage) => [shortage.startDate, shortage.updatedDate]),
    ...medicine.retrocession.map((row) => row.inscriptionDate),
    ...medicine.accesDerogatoire.map((access) => access.startDate),
    medicine.retiredOn,
  ].filter((date): date is string => date !== null);
  // ISO dates sort as text.
  return dates.length === 0 ? null : dates.sort().at(-1)!;
}
