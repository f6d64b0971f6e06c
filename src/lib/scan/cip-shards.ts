/**
 * The shards of the CIP lookup: 1 000 files so that one scan fetches one small file. A
 * presentation goes to the shard of the three digits before its CIP13's key, and to that of
 * its CIP7's last three digits when they differ (for BDPM codes, CIP13 = 34009 + CIP7 + key, so
 * they are the same digits). Shared by the build (cip-lookup.ts) and the scan page. Pure.
 */

export interface CipEntry {
  cip13: string;
  cip7: string;
  /** The medicine page's id (medicinePagePath). */
  medicine: string;
  name: string;
  /** The label cell of the medicine page, status and collectivities included. */
  label: string;
  /** A marketed presentation: its rate and price cells; null for a stopped one. */
  reimbursement: string | null;
  price: string | null;
  /** A presentation whose commercialisation is stopped: the page's "Arrêt" cell; null otherwise. */
  stop: string | null;
  /** The medicine page's availability line, with its file and date: the file names medicines, some lines a presentation. */
  availability: string;
  /** What the medicine page says above everything else about the entry (gone from the files). */
  notes: string[];
}

export const SHARD_COUNT = 1000;

export const shardOfCip13 = (cip13: string): string => cip13.slice(9, 12);
export const shardOfCip7 = (cip7: string): string => cip7.slice(4, 7);

/** Every shard name, "000" to "999": all are published, an empty one as []. */
export const shardNames = (): string[] => Array.from({ length: SHARD_COUNT }, (_, i) => String(i).padStart(3, '0'));

export type CipQuery = { cip13: string } | { cip7: string };

export const shardOf = (query: CipQuery): string => ('cip13' in query ? shardOfCip13(query.cip13) : shardOfCip7(query.cip7));

/** The entries of a shard that carry the code (one, unless the files give a code twice). */
export function findInShard(entries: CipEntry[], query: CipQuery): CipEntry[] {
  return entries.filter((entry) => ('cip13' in query ? entry.cip13 === query.cip13 : entry.cip7 === query.cip7));
}
