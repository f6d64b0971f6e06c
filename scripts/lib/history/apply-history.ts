/**
 * Puts the change history on the entries: each medicine gets its own events, and a
 * medicine that left every source keeps an entry (and so its page) with the date it left.
 */
import type { ChangeSet } from '../../../src/lib/content/history.ts';
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { emptyMedicine as emptyEntry } from '../../../src/lib/content/empty-medicine.ts';

export function applyHistory(medicines: Medicine[], history: ChangeSet[]): Medicine[] {
  const byId = new Map(medicines.map((m) => [m.id, m]));
  const retired = new Map<string, Medicine>();
  // Newest change sets first, so that each medicine's events come newest first.
  for (const set of [...history].reverse()) {
    for (const { id, name, ...change } of set.changes) {
      let entry = byId.get(id) ?? retired.get(id);
      if (!entry) {
        entry = { ...emptyEntry(id, /^\d{8}$/.test(id) ? id : null, name), retiredOn: set.to };
        retired.set(id, entry);
      }
      entry.history.push({ ...change, from: set.from, to: set.to });
    }
  }
  return [...medicines, ...retired.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
