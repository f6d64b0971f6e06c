import { type Manifest, type ManifestSource, type SourceId, zeroCounts } from '../../src/lib/content/manifest.ts';

/** A manifest source with plausible counts; only its id and file matter to the views. */
export const manifestSource = (id: SourceId, file = `${id}.txt`): ManifestSource => ({
  id,
  file,
  sha256: '0'.repeat(64),
  size: 1,
  rows: 10,
  kept: 9,
  rejected: 1,
  duplicates: 0,
  joinShare: null,
  date: '2025-07-04',
  dateHow: 'latest-in-data',
  originUrl: null,
  encoding: null,
  demo: false,
});

/** A manifest of a build that loaded these sources only. */
export const manifestWith = (ids: readonly SourceId[]): Manifest => ({ demo: false, counts: zeroCounts(), sources: ids.map((id) => manifestSource(id)) });

/** The sources of a real BDPM snapshot: no ANSM list. */
export const bdpmOnlyIds = ['medicines', 'presentations', 'substances', 'prescriptionConditions', 'genericGroups', 'mitm', 'shortages'] as const;
export const allSourceIds = [...bdpmOnlyIds, 'retrocession', 'mitmList', 'accesDerogatoire'] as const;
