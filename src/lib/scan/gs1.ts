/**
 * GS1 element strings as a pack's DataMatrix carries them: the check digit of a GTIN, the
 * application identifiers (AIs) of a raw string (FNC1 transmitted as the group separator,
 * ASCII 29) or of its human-readable form "(01)…(17)…", and the expiry date. Pure.
 */

/** FNC1 between a variable-length field and the next AI, as decoders transmit it. */
export const GROUP_SEPARATOR = '\x1d';

/** GS1 check digit (GTIN-8/12/13/14): weights 3 and 1 from the rightmost digit of the payload, modulo 10. */
export function gs1CheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum += Number(payload[payload.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

export function hasValidGs1CheckDigit(code: string): boolean {
  return /^\d{2,}$/.test(code) && gs1CheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}

/** The AIs a medicine pack uses; others are skipped by their predefined length or up to the next separator. */
const knownAis: Record<string, { fixed?: number; max?: number; numeric?: boolean }> = {
  '01': { fixed: 14, numeric: true },
  '17': { fixed: 6, numeric: true },
  '10': { max: 20 },
  '21': { max: 20 },
};

/**
 * GS1 General Specifications, "predefined length" table: element strings whose AI starts with
 * these two digits have this length (AI included) and never end with a separator.
 */
const predefinedLengths: Record<string, number> = {
  '00': 20,
  '01': 16,
  '02': 16,
  '03': 16,
  '04': 18,
  '11': 8,
  '12': 8,
  '13': 8,
  '14': 8,
  '15': 8,
  '16': 8,
  '17': 8,
  '18': 8,
  '19': 8,
  '20': 4,
  '31': 10,
  '32': 10,
  '33': 10,
  '34': 10,
  '35': 10,
  '36': 10,
  '41': 16,
};

export type Gs1Problem =
  /** A variable-length field runs past its maximum: its separator is missing (or the code is damaged). */
  | { kind: 'missing-separator'; ai: string }
  /** A fixed-length field is cut short or holds what it may not (letters in a date). */
  | { kind: 'malformed'; ai: string }
  /**
   * No separator anywhere, and the one variable field read holds, after its first character,
   * the AI of a field the code lacks: a decoder that drops separators may have merged them.
   * The value is dropped (not shown), the others stand.
   */
  | { kind: 'maybe-merged'; ai: string; value: string };

export interface Gs1Fields {
  /** Values of the AIs the site reads (01, 17, 10, 21), as written. */
  values: Partial<Record<'01' | '17' | '10' | '21', string>>;
  /** What made the rest of the string unreadable; the values read before it stand. */
  problem: Gs1Problem | null;
}

function checkValue(ai: string, value: string): Gs1Problem | null {
  const rule = knownAis[ai];
  if (!rule) return null;
  if (rule.fixed !== undefined && value.length !== rule.fixed) return { kind: 'malformed', ai };
  if (rule.numeric && !/^\d+$/.test(value)) return { kind: 'malformed', ai };
  if (rule.max !== undefined && value.length > rule.max) return { kind: 'missing-separator', ai };
  return null;
}

function keep(fields: Gs1Fields, ai: string, value: string): boolean {
  const problem = checkValue(ai, value);
  if (problem) {
    fields.problem = problem;
    return false;
  }
  if (ai in knownAis) fields.values[ai as keyof Gs1Fields['values']] = value;
  return true;
}

/** A raw element string (symbology identifier removed): AIs and values, fields ended by GS or the end. */
export function parseElementString(data: string): Gs1Fields {
  const fields: Gs1Fields = { values: {}, problem: null };
  let at = data.startsWith(GROUP_SEPARATOR) ? 1 : 0;
  while (at < data.length) {
    const two = data.slice(at, at + 2);
    const known = Object.keys(knownAis).find((ai) => data.startsWith(ai, at));
    const fixed = known ? knownAis[known].fixed : undefined;
    const predefined = predefinedLengths[two];
    let ai: string;
    let value: string;
    let next: number;
    if (known && fixed !== undefined) {
      ai = known;
      value = data.slice(at + 2, at + 2 + fixed);
      next = at + 2 + fixed;
    } else if (!known && predefined !== undefined) {
      // An AI the site does not read, of predefined length: skipped whole.
      ai = two;
      value = '';
      next = at + predefined;
    } else {
      const end = data.indexOf(GROUP_SEPARATOR, at);
      const stop = end === -1 ? data.length : end;
      ai = known ?? two;
      value = known ? data.slice(at + 2, stop) : '';
      next = stop;
    }
    if (!/^\d{2}$/.test(two) || !keep(fields, ai, value)) {
      fields.problem ??= { kind: 'malformed', ai: two };
      return fields;
    }
    // A separator after a fixed-length field is allowed, though not needed.
    at = data[next] === GROUP_SEPARATOR ? next + 1 : next;
  }
  if (!data.includes(GROUP_SEPARATOR)) flagMergedField(fields);
  return fields;
}

/**
 * Without separators only the last field can be variable, so at most one of 10 and 21 is read.
 * When it contains the AI of a field the code lacks (21 or 10, or 17 and six digits), that
 * field may have been swallowed: a pack's unique identifier carries all four (Delegated Regulation (EU) 2016/161, article 4).
 */
function flagMergedField(fields: Gs1Fields): void {
  for (const [ai, others] of [
    ['10', ['21', '17']],
    ['21', ['10', '17']],
  ] as const) {
    const value = fields.values[ai];
    if (value === undefined) continue;
    const mayHoldAnother = others.some((other) => fields.values[other] === undefined && (other === '17' ? /.17\d{6}/ : new RegExp(`.${other}.`)).test(value));
    if (!mayHoldAnother) continue;
    delete fields.values[ai];
    fields.problem ??= { kind: 'maybe-merged', ai, value };
  }
}

/** The human-readable form printed under a code, "(01)03400949497294(17)271231(10)AB12": spaces between groups allowed. */
export function parseBracketed(text: string): Gs1Fields | null {
  const parts = [...text.trim().matchAll(/\((\d{2,4})\)([^(]*)/g)];
  if (parts.length === 0 || parts.map((m) => m[0]).join('') !== text.trim()) return null;
  const fields: Gs1Fields = { values: {}, problem: null };
  for (const [, ai, raw] of parts) {
    if (!keep(fields, ai, raw.trim())) return fields;
  }
  return fields;
}

export interface ExpiryDate {
  /** YYMMDD as written in the code. */
  raw: string;
  /** AAAA-MM-JJ, the last day of the month when the code gives day 00; null when the date is impossible. */
  iso: string | null;
  /** The code gives day 00: the product expires at the end of the month. */
  endOfMonth: boolean;
}

/**
 * AI 17 (YYMMDD). The century follows the GS1 General Specifications rule ("determination of
 * century in dates"): a year 51 to 99 years ahead of the current one is in the previous century,
 * one 50 or more years behind it in the next, any other in the current century.
 */
export function expiryDateOf(raw: string, today: Date): ExpiryDate {
  const [yy, mm, dd] = [raw.slice(0, 2), raw.slice(2, 4), raw.slice(4, 6)].map(Number);
  const current = today.getUTCFullYear();
  const difference = yy - (current % 100);
  const century = Math.floor(current / 100) + (difference >= 51 ? -1 : difference <= -50 ? 1 : 0);
  const year = century * 100 + yy;
  const endOfMonth = dd === 0;
  const lastDay = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  const day = endOfMonth ? lastDay : dd;
  const valid = /^\d{6}$/.test(raw) && mm >= 1 && mm <= 12 && day <= lastDay;
  const iso = valid ? `${year}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
  return { raw, iso, endOfMonth };
}
