import type { Medicine } from '../../src/lib/content/medicine.ts';
/** Field-by-field comparison of two builds' medicines: every leaf where they differ, by path. */
export function differences(a: unknown, b: unknown, path = '', found = new Map<string, number>()): Map<string, number> {
  if (JSON.stringify(a) === JSON.stringify(b)) return found;
  const both = a !== null && b !== null && typeof a === 'object' && typeof b === 'object';
  if (both && Array.isArray(a) === Array.isArray(b) && (!Array.isArray(a) || a.length === (b as unknown[]).length)) {
    for (const key of new Set([...Object.keys(a as object), ...Object.keys(b as object)])) {
      differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}${Array.isArray(a) ? '[]' : `.${key}`}`, found);
    }
    return found;
  }
  found.set(path, (found.get(path) ?? 0) + 1);
  return found;
}

type MedicineHistories = Array<{ id: string; history: Medicine['history'] }>;
const priceFields = ['reimbursementRate', 'price', 'priceWithFee', 'dispensingFee'];

/**
 * The history as a datapackage snapshot can see it: no price or rate changes (the package carries
 * none, and none is read as a change to nothing), and without the file each change was read from
 * (CIS_CPD_bdpm.txt, or the package's resource, by construction).
 */
export function historyWithoutPrices(histories: MedicineHistories): MedicineHistories {
  return histories.map(({ id, history }) => ({
    id,
    history: history
      .filter((event) => !(event.topic === 'presentations' && priceFields.includes(event.field ?? '')))
      .map(({ files: _files, ...event }) => ({ ...event, files: [] })),
  }));
}
