/**
 * Last-change dates of the medicine pages for the sitemap. The content step computes them
 * (`lastChangeDates`) into a small file beside the medicines, which the Astro configuration
 * reads (`medicinePageDates`): parsing the 30 MB medicines file again in the sitemap
 * integration cost 0.5 s of every real build. Other pages get no date: the files give
 * none for them, and the build date would be untrue.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Medicine } from '../content/medicine.ts';
import { isoDateSchema } from '../dates.ts';
import { medicinePagePath } from '../addresses.ts';
import { lastDatedEventOf } from './medicine-date.ts';

/** The file the content step writes beside medicines.json. */
export const LAST_CHANGES_FILE = 'last-changes.json';

/** Medicine id → the latest dated event the files give for it; medicines without one are left out. */
export function lastChangeDates(medicines: Medicine[]): Record<string, string> {
  const dates: Record<string, string> = {};
  for (const medicine of medicines) {
    const date = lastDatedEventOf(medicine);
    if (date) dates[medicine.id] = date;
  }
  return dates;
}

const lastChangesSchema = z.record(z.string(), isoDateSchema);

/** Page address → last-change date, from the content step's file. */
export function medicinePageDates(lastChangesFile: string): Map<string, string> {
  let dates: Record<string, string>;
  try {
    dates = lastChangesSchema.parse(JSON.parse(readFileSync(lastChangesFile, 'utf8')));
  } catch (error) {
    throw new Error(`${lastChangesFile} illisible (${(error as Error).message}) : relancer l'étape de contenu (npm run content)`);
  }
  return new Map(Object.entries(dates).map(([id, date]) => [medicinePagePath(id), date]));
}
