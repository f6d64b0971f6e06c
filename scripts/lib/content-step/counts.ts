/** Counting stage: the manifest's counts of medicines per list, access type and shortage state, and the generic groups' counts for the report. Pure. */
import type { Manifest, Medicine } from '../../../src/lib/content/medicine.ts';
import type { ContentReport } from '../content-report.ts';

/** A medicine gone from every source counts as retired only, on no list. */
export function countMedicines(medicines: Medicine[]): Manifest['counts'] {
  const counts: Manifest['counts'] = {
    medicines: medicines.length,
    bdpm: 0,
    listOnly: 0,
    retrocession: 0,
    mitm: 0,
    accesDerogatoire: 0,
    AAC: 0,
    AAP: 0,
    CPC: 0,
    shortage: 0,
    rupture: 0,
    tension: 0,
    arret: 0,
    remise: 0,
    retired: 0,
  };
  for (const medicine of medicines) {
    if (medicine.retiredOn) {
      counts.retired++;
      continue;
    }
    counts[medicine.inBdpm ? 'bdpm' : 'listOnly']++;
    if (medicine.retrocession.length > 0) counts.retrocession++;
    if (medicine.mitm) counts.mitm++;
    if (medicine.accesDerogatoire.length > 0) counts.accesDerogatoire++;
    for (const type of new Set(medicine.accesDerogatoire.map((access) => access.type))) counts[type]++;
    if (medicine.shortageState) {
      counts.shortage++;
      counts[medicine.shortageState]++;
    }
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
