/** French display and input of numbers, amounts and dates. */

// Pure: a page script that formats nothing (the search page) neither loads this module nor builds them (several ms each in a browser).
const euro = /* @__PURE__ */ new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const decimal = /* @__PURE__ */ new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 });
const integer = /* @__PURE__ */ new Intl.NumberFormat('fr-FR');

/** 12.5 → "12,50 €" (with the narrow no-break spaces French typography uses). */
export function formatEuro(amount: number): string {
  return euro.format(amount);
}

export function formatDecimal(value: number): string {
  return decimal.format(value);
}

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** ISO "2025-07-04" → "04/07/2025". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Reads a number typed the French way ("12,50", "1 234,5") or the English way ("12.50").
 * Returns NaN for anything else, so callers report one kind of error.
 */
export function parseFrenchDecimal(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f€%]/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return Number.NaN;
  return Number(compact.replace(',', '.'));
}
