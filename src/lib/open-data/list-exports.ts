/** One CSV per list that has one in the registry, with the columns documented on the open-data page. Pure. */
import type { Manifest } from '../content/manifest.ts';
import type { Medicine } from '../content/medicine.ts';
import type { ListCsv } from '../lists/cells.ts';
import { type ListId, listIds } from '../lists/list-views.ts';
import { isListLoaded, lists, membersOf } from '../lists/registry.ts';
import { toCsv } from './csv.ts';

export interface ListExport extends ListCsv {
  /** The list it exports: not published when this build did not load it (a header-only file would read as an empty list). */
  list: ListId;
}

export const listExports: ListExport[] = listIds.flatMap((list) => {
  const csv = lists[list].csv;
  return csv ? [{ ...csv, list }] : [];
});

/** The exports of the lists this build loaded, and the others, which the open-data page names as not loaded. */
export function exportsOf(manifest: Manifest): { published: ListExport[]; notLoaded: ListExport[] } {
  const isPublished = ({ list }: ListExport) => isListLoaded(manifest, list);
  return { published: listExports.filter(isPublished), notLoaded: listExports.filter((definition) => !isPublished(definition)) };
}

export function renderListCsv(definition: ListExport, medicines: Medicine[]): string {
  return toCsv(
    definition.columns.map((column) => column.header),
    definition.rows(membersOf(medicines, { list: definition.list })),
  );
}
