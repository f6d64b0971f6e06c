/** Counting stage: the manifest's counts of medicines per list, access type and shortage state, and the generic groups' counts for the report. Pure. */
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { type Manifest, zeroCounts } from '../../../src/lib/content/manifest.ts';
import { type ListView, listIds } from '../../../src/lib/lists/list-views.ts';
import { isMemberOf } from '../../../src/lib/lists/registry.ts';
import type { ContentReport } from '../content-report.ts';

/** A medicine gone from every source counts as retired only, on no list. */
export function countMedicines(medicines: Medicine[]): Manifest['counts'] {
  const counts = { ...zeroCounts(), medicines: medicines.length };
  for (const medicine of medicines) {
    if (medicine.retiredOn) counts.retired++;
    // One withdrawn from the BDPM and still on a list counts on that list, as list-only.
    if (medicine.retiredOn && medicine.sources.length === 0) continue;
    counts[medicine.inBdpm ? 'bdpm' : 'listOnly']++;
    // Each list's members as the registry defines them, so that a page's count is its list's length.
    for (const list of listIds) if (isMemberOf(medicine, { list } as ListView)) counts.lists[list]++;
    if (medicine.retrocession.some((row) => row.authorisation === 'AI')) counts.retrocessionImported++;
    for (const type of new Set(medicine.accesDerogatoire.map((access) => access.type))) counts.accessTypes[type]++;
    if (medicine.shortageState) counts.shortageStates[medicine.shortageState]++;
    for (const category of new Set(medicine.prescriptionConditions.map((condition) => condition.category))) counts.prescriptionCategories[category]++;
  }
  return counts;
}

export function genericGroupCounts(medicines: Medicine[]): ContentReport['genericGroups'] {
  const memberships = medicines.flatMap((medicine) => medicine.genericGroups);
  return {
    groups: new Set(memberships.map((membership) => membership.id)).size,
    memberships: memberships.length,
    medicines: medicines.filter((medicine) => medicine.genericGroups.length > 0).length,
  };
}
