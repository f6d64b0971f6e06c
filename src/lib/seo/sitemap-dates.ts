/**
 * Last-change dates of the medicine pages for the sitemap, read from the content step's
 * output (the same file the Astro collection loads). Other pages get no date: the
 * files give none for them, and the build date would be untrue.
 */
import { readFileSync } from 'node:fs';
import type { Medicine } from '../content/medicine.ts';
import { medicinePagePath } from '../paths.ts';
import { lastDatedEventOf } from './medicine-date.ts';

export function medicinePageDates(medicinesFile: string): Map<string, string> {
  const medicines = JSON.parse(readFileSync(medicinesFile, 'utf8')) as Medicine[];
  const dates = new Map<string, string>();
  for (const medicine of medicines) {
    const date = lastDatedEventOf(medicine);
    if (date) dates.set(medicinePagePath(medicine.id), date);
  }
  return dates;
}
