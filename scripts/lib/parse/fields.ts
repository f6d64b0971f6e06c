/**
 * Zod schemas for the values found in official cells, shared by the BDPM text files and
 * the ANSM spreadsheets. Each accepts what real files contain (codes stored as numbers
 * that lost their leading zeros, dates as Date objects, Excel serial numbers or
 * dd/mm/yyyy text, French decimals) and yields one canonical form.
 */
import { z } from 'zod';
import { isoDay } from '../../../src/lib/dates.ts';

export type CellValue = string | number | boolean | Date | null;

const cellValue = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);

function asText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return isoDay(value);
  return String(value).replace(/\s+/g, ' ').trim();
}

/** Free text, whitespace collapsed; empty becomes null. */
export const optionalText = cellValue.transform((value) => asText(value) || null);

export const requiredText = cellValue.transform(asText).pipe(z.string().min(1, 'valeur vide'));

/** A numeric code of fixed lengths; numbers and short strings get their leading zeros back. */
function numericCode(label: string, lengths: readonly number[]) {
  const longest = Math.max(...lengths);
  return cellValue.transform((value, context) => {
    let digits = typeof value === 'number' && Number.isInteger(value) ? String(value) : asText(value).replace(/\s/g, '');
    if (!/^\d+$/.test(digits)) {
      context.addIssue({ code: 'custom', message: `${label} attendu (chiffres), reçu « ${asText(value)} »` });
      return z.NEVER;
    }
    const length = lengths.find((candidate) => digits.length <= candidate) ?? longest;
    if (digits.length > longest) {
      context.addIssue({ code: 'custom', message: `${label} trop long : « ${digits} » (${lengths.join(' ou ')} chiffres)` });
      return z.NEVER;
    }
    digits = digits.padStart(length, '0');
    return digits;
  });
}

export const cisCode = numericCode('code CIS', [8]);
export const cip7Code = numericCode('code CIP7', [7]);
export const cip13Code = numericCode('code CIP13', [13]);
export const ucdCode = numericCode('code UCD', [7, 13]);

function optional<T extends z.ZodType<unknown, CellValue>>(schema: T) {
  return cellValue.transform((value, context) => {
    if (asText(value) === '') return null;
    const result = schema.safeParse(value);
    if (result.success) return result.data as z.output<T>;
    for (const issue of result.error.issues) context.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });
}

/**
 * A CIS as the ANSM lists must give it: 8 digits, no leading zero to restore (every CIS
 * starts with 6), so that a UCD or CIP code under a CIS header is never padded into a CIS.
 */
export const listCisCode = cellValue.transform((value, context) => {
  const digits = typeof value === 'number' && Number.isInteger(value) ? String(value) : asText(value).replace(/\s/g, '');
  if (/^\d{8}$/.test(digits)) return digits;
  context.addIssue({ code: 'custom', message: `code CIS attendu (8 chiffres), reçu « ${asText(value)} »` });
  return z.NEVER;
});
export const optionalListCisCode = optional(listCisCode);
export const optionalCip13Code = optional(cip13Code);
export const optionalUcdCode = optional(ucdCode);

/** Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** A number in a date column is an Excel serial only if it falls between these years. */
export const PLAUSIBLE_YEARS = { from: 1940, to: 2100 } as const;
const PLAUSIBLE_SERIALS = {
  from: (Date.UTC(PLAUSIBLE_YEARS.from, 0, 1) - EXCEL_EPOCH_MS) / DAY_MS,
  to: (Date.UTC(PLAUSIBLE_YEARS.to, 11, 31) - EXCEL_EPOCH_MS) / DAY_MS,
};

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return isoDay(date);
}

/**
 * A calendar date as ISO `yyyy-mm-dd`, or null when the cell is empty. Text is read only
 * day-first with two-digit day and month (`JJ/MM/AAAA`, as the official files write it) or
 * as ISO `AAAA-MM-JJ`: `7/4/2025` or `12/31/2025`, which a month-first export writes, is
 * rejected rather than guessed. A number is an Excel serial (only this schema reads one, so
 * only date columns do) within the plausible years.
 */
export const optionalDate = cellValue.transform((value, context) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      context.addIssue({ code: 'custom', message: 'date invalide' });
      return z.NEVER;
    }
    // exceljs reads date cells as UTC midnight; round to the nearest day against float drift.
    return isoDay(new Date(Math.round(value.getTime() / DAY_MS) * DAY_MS));
  }
  if (typeof value === 'number') {
    if (value >= PLAUSIBLE_SERIALS.from && value < PLAUSIBLE_SERIALS.to + 1) {
      return isoDay(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS));
    }
    context.addIssue({
      code: 'custom',
      message: `nombre ${value} lu comme numéro de série de date Excel hors des années plausibles (${PLAUSIBLE_YEARS.from}-${PLAUSIBLE_YEARS.to})`,
    });
    return z.NEVER;
  }
  const text = asText(value);
  if (text === '') return null;
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (!french && !iso && slashed) {
    context.addIssue({
      code: 'custom',
      message: `date ambiguë « ${text} » : seul le format jour/mois JJ/MM/AAAA est lu (un export au format mois/jour écrit ainsi)`,
    });
    return z.NEVER;
  }
  if (french && Number(french[2]) > 12 && Number(french[1]) <= 12) {
    context.addIssue({ code: 'custom', message: `date au format mois/jour/année « ${text} » : JJ/MM/AAAA attendu` });
    return z.NEVER;
  }
  const parsed = french
    ? isoDate(Number(french[3]), Number(french[2]), Number(french[1]))
    : iso
      ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      : null;
  if (parsed === null) {
    context.addIssue({ code: 'custom', message: `date attendue (JJ/MM/AAAA), reçu « ${text} »` });
    return z.NEVER;
  }
  return parsed;
});

/**
 * A French decimal: "24,34", "1 007,79", and the BDPM's "1,007,79" where every comma but
 * the last separates thousands. Empty becomes null.
 */
export const optionalFrenchDecimal = cellValue.transform((value, context) => {
  if (typeof value === 'number') return value;
  const text = asText(value).replace(/[\s\u00a0\u202f€]/g, '');
  if (text === '') return null;
  const lastComma = text.lastIndexOf(',');
  const normalised = lastComma === -1 ? text : `${text.slice(0, lastComma).replace(/[,.]/g, '')}.${text.slice(lastComma + 1)}`;
  if (!/^\d+(\.\d+)?$/.test(normalised)) {
    context.addIssue({ code: 'custom', message: `nombre attendu, reçu « ${asText(value)} »` });
    return z.NEVER;
  }
  return Number(normalised);
});

/** "65%", "65 %", 0.65 (an Excel percentage cell) or 65 → 65; empty → null. */
export const optionalPercent = cellValue.transform((value, context) => {
  if (typeof value === 'number') return value > 0 && value <= 1 ? Math.round(value * 1000) / 10 : value;
  const text = asText(value).replace(/\s/g, '');
  if (text === '') return null;
  const match = /^(\d+(?:[,.]\d+)?)%?$/.exec(text);
  if (!match) {
    context.addIssue({ code: 'custom', message: `taux attendu (ex. 65 %), reçu « ${asText(value)} »` });
    return z.NEVER;
  }
  return Number(match[1].replace(',', '.'));
});

/** "Oui"/"Non" as text or boolean. */
export const optionalYesNo = cellValue.transform((value, context) => {
  if (typeof value === 'boolean') return value;
  const text = asText(value).toLowerCase();
  if (text === '') return null;
  if (text === 'oui') return true;
  if (text === 'non') return false;
  context.addIssue({ code: 'custom', message: `« oui » ou « non » attendu, reçu « ${asText(value)} »` });
  return z.NEVER;
});

/** An http(s) address; empty becomes null. */
export const optionalUrl = cellValue.transform((value, context) => {
  const text = asText(value);
  if (text === '') return null;
  if (/^https?:\/\/\S+$/i.test(text)) return text;
  context.addIssue({ code: 'custom', message: `adresse http(s) attendue, reçu « ${text} »` });
  return z.NEVER;
});
