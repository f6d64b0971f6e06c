/**
 * Puts the change history on the entries: each medicine gets its own events, and a
 * medicine that left every source keeps an entry (and so its page) with the date it left.
 */
import type { ChangeSet } from '../../../src/lib/content/history.ts';
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { emptyMedicine as emptyEntry } from '../../../src/lib/content/empty-medicine.ts';

/**
 * The first version without a medicine that no file of this build has: the version that
 * removed it, when its newest event is a removal; otherwise (its file was not compared, or not
 * read, after that event) the first version after its newest event, which is the first one
 * whose files read lack it. `currentVersion` (this build's, when dated) stands when no recorded
 * version follows.
 */
function firstVersionWithout(newest: { kind: string; to: string }, versions: string[], currentVersion: string | null): string {
  if (newest.kind === 'removed') return newest.to;
  return versions.find((version) => version > newest.to) ?? (currentVersion && currentVersion > newest.to ? currentVersion : newest.to);
}

export function applyHistory(medicines: Medicine[], history: ChangeSet[], currentVersion: string | null = null): Medicine[] {
  const byId = new Map(medicines.map((m) => [m.id, m]));
  const retired = new Map<string, Medicine>();
  const versions = history.map((set) => set.to).sort();
  // Newest change sets first, so that each medicine's events come newest first.
  for (const set of [...history].reverse()) {
    for (const { id, name, ...change } of set.changes) {
      let entry = byId.get(id) ?? retired.get(id);
      if (!entry) {
        entry = {
          ...emptyEntry(id, /^\d{8}$/.test(id) ? id : null, name),
          retiredOn: firstVersionWithout({ kind: change.kind, to: set.to }, versions, currentVersion),
        };
        retired.set(id, entry);
      }
      entry.history.push({ ...change, from: set.from, to: set.to });
    }
  }
  return [...medicines, ...retired.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
