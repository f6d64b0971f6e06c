import type { Manifest, ManifestSource } from '../../src/lib/content/medicine.ts';

/** A manifest source with plausible counts; only its id and file matter to the views. */
export const manifestSource = (id: string, file = `${id}.txt`): ManifestSource => ({
  id, file, sha256: '0'.repeat(64), size: 1, rows: 10, kept: 9, rejected: 1, duplicates: 0, joinShare: null,
  date: '2025-07-04', dateHow: 'latest-in-data', originUrl: null, encoding: null, demo: false,
});

/** A manifest of a build that loaded these sources only. */
export const manifestWith = (ids: readonly string[]): Manifest => ({ demo: false, counts: {}, sources: ids.map((id) => manifestSource(id)) });

/** The sources of a real BDPM snapshot: no ANSM list. */
export const bdpmOnlyIds = ['medicines', 'presentations', 'substances', 'prescriptionConditions', 'genericGroups', 'mitm', 'shortages'] as const;
export const allSourceIds = [...bdpmOnlyIds, 'retrocession', 'mitmList', 'accesDerogatoire'] as const;
