/**
 * Dates no event of a medicine file can carry: before 1900, or more than a year after the
 * date of the data (the July 2025 CIS_CIP_bdpm.txt has a declaration dated 29/11/2924). Such
 * a date is a typo in the file: the cell is emptied so that no page, export or sitemap shows
 * it, and a warning names the file, row and column. The row itself is kept: its other cells
 * are sound. Pure.
 */
import { formatDate } from '../../../src/lib/format.ts';
import type { ParsedSource } from '../parse/records.ts';

export const EARLIEST_PLAUSIBLE_DATE = '1900-01-01';

export interface DateCeiling {
  /** The latest plausible date, ISO. */
  date: string;
  /** What it is a year after, in French, for the warning. */
  basis: string;
}

function plusOneYear(iso: string): string {
  const [year, rest] = [Number(iso.slice(0, 4)), iso.slice(4)];
  // 29 February plus a year is 28 February.
  return rest === '-02-29' ? `${year + 1}-02-28` : `${year + 1}${rest}`;
}

/**
 * One year after the date of the data: the latest of the sources' dates (publication date,
 * demo date, or latest past event in the file), which does not move with the build day once
 * that day is past the data. Only data that no source dates falls back on the build day.
 */
export function dateCeiling(sourceDates: ReadonlyArray<string | null>, today: string): DateCeiling {
  const dated = sourceDates.filter((date): date is string => date !== null).sort();
  const latest = dated.at(-1);
  if (latest) return { date: plusOneYear(latest), basis: `un an après le ${formatDate(latest)}, date des données` };
  return { date: plusOneYear(today), basis: `un an après le ${formatDate(today)}, jour de la construction (aucune source n’est datée)` };
}

export interface DateWarning {
  file: string;
  row: number;
  column: string;
  message: string;
}

/** Empties every implausible date cell of the source in place and names each one. */
export function clearImplausibleDates(parsed: ParsedSource<Record<string, unknown>>, ceiling: DateCeiling): DateWarning[] {
  const warnings: DateWarning[] = [];
  for (const record of parsed.records) {
    for (const [field, column] of Object.entries(parsed.dateColumns ?? {})) {
      const date = record.value[field];
      if (typeof date !== 'string') continue;
      const why =
        date < EARLIEST_PLAUSIBLE_DATE ? 'antérieure à 1900' : date > ceiling.date ? `postérieure au ${formatDate(ceiling.date)} (${ceiling.basis})` : null;
      if (!why) continue;
      record.value[field] = null;
      warnings.push({
        file: parsed.file,
        row: record.row,
        column,
        message: `ligne ${record.row}, colonne ${column} : date invraisemblable ${formatDate(date)}, ${why} ; non publiée`,
      });
    }
  }
  return warnings;
}
