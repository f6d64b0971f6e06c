/**
 * Accent folding, comparison keys and slugs: the one home of these rules for the site and
 * the data pipeline. Pure, no dependencies.
 */

/**
 * Removes accents and every other diacritic: the text is decomposed (NFD) and the
 * characters Unicode marks as diacritics are dropped, combining marks ("é" → "e") as well
 * as spacing ones ("L´ACIDE" → "LACIDE"). Case is kept. For keys, slugs and loose matching.
 */
export function removeDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

/**
 * Removes the combining accents (U+0300–U+036F) only, then recomposes (NFC). On text in NFC,
 * as read from the files, the result has the input's length, so a position found in it
 * points to the same character of the input. Case is kept.
 */
export function foldAccentsKeepingLength(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/**
 * The form under which two labels are the same: lower case, no diacritics, each run of
 * anything but a latin letter or a digit one space, no space at either end.
 */
export function comparableText(text: string): string {
  return removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A name in an address: lower case, no diacritics, each run of anything but a latin letter
 * or a digit one hyphen, none at either end, then cut to `maxLength` characters.
 */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  return removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength);
}

/** The values present (neither null, undefined nor empty), each once, in their first order. */
export function distinctValues(values: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}
