/**
 * The date a source's data is shown with, and how it was established. In order: the
 * publication or update date recorded with the download (sources:fetch), the date the demo
 * set declares, the latest date found inside the data, else none. Never a file's
 * modification time nor the build date: neither says how recent the data is.
 */
import type { ManifestSource, SourceId } from '../../../src/lib/content/manifest.ts';
import { isoToday } from '../../../src/lib/dates.ts';
import type { ParsedSource } from '../parse/records.ts';

/** Columns that date an event already past when the file was written (not expected returns or end dates). */
const eventDateFields: Record<SourceId, string[]> = {
  medicines: ['ammDate'],
  presentations: ['commercialisationDate'],
  substances: [],
  prescriptionConditions: [],
  genericGroups: [],
  mitm: [],
  shortages: ['startDate', 'updatedDate'],
  retrocession: ['inscriptionDate'],
  mitmList: [],
  accesDerogatoire: ['startDate'],
};

/**
 * The latest past event date in the file. A date after `today` is a typo in the file (the July
 * 2025 CIS_CIP_bdpm.txt has a declaration dated 29/11/2924): it cannot date the data.
 */
export function latestDateIn(id: SourceId, parsed: ParsedSource<Record<string, unknown>>, today: string): string | null {
  let latest: string | null = null;
  for (const { value } of parsed.records) {
    for (const field of eventDateFields[id]) {
      const date = value[field];
      if (typeof date === 'string' && date <= today && (latest === null || date > latest)) latest = date;
    }
  }
  return latest;
}

/** What sources:fetch recorded about a file's publication. */
export interface Publication {
  date: string;
  how: 'last-modified' | 'page-update' | 'package-created';
}

export function sourceDate(
  id: SourceId,
  parsed: ParsedSource<Record<string, unknown>>,
  publication: Publication | null,
  demoDate: string | null,
  today = isoToday(),
): Pick<ManifestSource, 'date' | 'dateHow'> {
  if (publication) return { date: publication.date, dateHow: publication.how };
  if (demoDate) return { date: demoDate, dateHow: 'demo' };
  const latest = latestDateIn(id, parsed, today);
  return latest ? { date: latest, dateHow: 'latest-in-data' } : { date: null, dateHow: 'unknown' };
}
