/**
 * Builds the static lookup of the scan page from the medicines the pages show: every
 * presentation, current or stopped, with what its medicine page says of it, in its words
 * (presentations-view.ts, the availability line of dispensing-view.ts). Pure.
 */
import type { Medicine } from '../content/medicine.ts';
import type { Manifest } from '../content/manifest.ts';
import { describeSource, dispensingLinesOf } from '../dispensing-view.ts';
import { presentationTablesOf } from '../presentations-view.ts';
import { pricesLoaded } from '../sources-view.ts';
import { retiredNote } from '../withdrawal-view.ts';
import { type CipEntry, shardNames, shardOfCip13, shardOfCip7 } from './cip-shards.ts';

/** The medicine page's availability line (dispensing block), with the file and date it rests on. */
function availabilityOf(medicine: Medicine, manifest: Manifest): string {
  const line = dispensingLinesOf(medicine, manifest).find((candidate) => candidate.key === 'availability');
  if (!line) return '';
  return line.sources.length > 0 ? `${line.text} (${line.sources.map(describeSource).join(' ; ')})` : line.text;
}

function entriesOf(medicine: Medicine, manifest: Manifest): CipEntry[] {
  // Without prices in the presentations file read (a datapackage), no price is said absent.
  const tables = presentationTablesOf(medicine, pricesLoaded(manifest));
  const availability = availabilityOf(medicine, manifest);
  const retired = retiredNote(medicine);
  const notes = retired ? [retired] : [];
  const common = { medicine: medicine.id, name: medicine.name, notes, availability };
  return [
    ...tables.current.map((p) => ({ ...common, cip13: p.cip13, cip7: p.cip7, label: p.label, reimbursement: p.reimbursement, price: p.price, stop: null })),
    ...tables.stopped.map((p) => ({ ...common, cip13: p.cip13, cip7: p.cip7, label: p.label, reimbursement: null, price: null, stop: p.stop })),
  ];
}

/** Every shard with its entries, in the medicines' order. */
export function cipShardsOf(medicines: Medicine[], manifest: Manifest): Map<string, CipEntry[]> {
  const shards = new Map(shardNames().map((name) => [name, [] as CipEntry[]]));
  for (const entry of medicines.flatMap((medicine) => entriesOf(medicine, manifest))) {
    for (const name of new Set([shardOfCip13(entry.cip13), shardOfCip7(entry.cip7)])) shards.get(name)?.push(entry);
  }
  return shards;
}
