import { getEntry, getLiveCollection } from 'astro:content';
import type { Medicine } from './content/medicine.ts';
import type { Manifest } from './content/manifest.ts';
import { type GenericGroupIndex, genericGroupIndex } from './generic-groups.ts';
import { listTableName } from './addresses.ts';
import type { ListView } from './lists/list-views.ts';
import { tableRows } from './lists/registry.ts';
import { byName } from './name-order.ts';
import type { Row } from './table-order.ts';

let manifest: Promise<Manifest> | undefined;
let medicines: Promise<Medicine[]> | undefined;
let sortedMedicines: Promise<Medicine[]> | undefined;
let groups: Promise<GenericGroupIndex> | undefined;
const tables = new Map<string, Promise<Row[]>>();

async function readManifest(): Promise<Manifest> {
  const entry = await getEntry('manifest', 'manifest');
  if (!entry) throw new Error('content/data/manifest.json manquant : lancer l’étape de contenu (npm run content)');
  return entry.data;
}

/** The provenance manifest, read once per build: every page's layout needs it. */
export function siteManifest(): Promise<Manifest> {
  manifest ??= readManifest();
  return manifest;
}

/** Every medicine entry, in the content file's order, read once per build for the medicine and data pages. */
export function allMedicines(): Promise<Medicine[]> {
  medicines ??= getLiveCollection('medicines').then(({ entries, error }) => {
    if (!entries) throw error;
    return entries.map(({ data }) => data);
  });
  return medicines;
}

/**
 * The same entries in name order, sorted once per build: the lists, their tables and the
 * A–Z pages sort them again, which costs little on sorted entries. The medicine pages keep
 * the file's order: rendered in name order, they raised Astro's peak memory by 200 MB.
 */
export function medicinesByName(): Promise<Medicine[]> {
  sortedMedicines ??= allMedicines().then((entries) => entries.toSorted(byName));
  return sortedMedicines;
}

/** The members of every generic group, built once per build for the medicine pages. */
export function siteGenericGroups(): Promise<GenericGroupIndex> {
  groups ??= allMedicines().then(genericGroupIndex);
  return groups;
}

/** A list table's rows in default order, built once per build for its pages and its JSON file. */
export function siteTableRows(view: ListView): Promise<Row[]> {
  const key = listTableName(view);
  if (!tables.has(key))
    tables.set(
      key,
      medicinesByName().then((medicines) => tableRows(medicines, view)),
    );
  return tables.get(key)!;
}
