/**
 * The lists as the home page and the index pages of a split list show them: each with its page,
 * its count from the content step's manifest, and its parts' counts. Pure, so the pages only render.
 */
import type { Manifest } from '../content/manifest.ts';
import { listPagePath } from '../addresses.ts';
import { formatInteger } from '../format.ts';
import { NOT_LOADED } from '../source-catalogue.ts';
import { type ListId, type ListParts, type ListView, listIds, listShapes } from './list-views.ts';
import { countOf, isListLoaded, lists, partLabelOf, titleOf } from './registry.ts';

export interface PartRow {
  href: string;
  title: string;
  /** Its short name: "AAC", "Rupture de stock", "Stupéfiant". */
  label: string;
  count: number;
}

/** Each part of a split list, with its page and count. */
export function partRows<L extends ListId>(manifest: Manifest, list: L): PartRow[] {
  return (listShapes[list].parts as readonly ListParts[L][]).map((part) => {
    const view = { list, part } as ListView;
    return { href: listPagePath(view), title: titleOf(view), label: partLabelOf(list, part), count: countOf(manifest.counts, view) };
  });
}

/** "AAC : 2 ; AAP : 2 ; CPC : 1". */
export const partsSummary = (rows: PartRow[]): string => rows.map(({ label, count }) => `${label} : ${formatInteger(count)}`).join(' ; ');

export interface ListRow {
  href: string;
  title: string;
  /** "12 médicament(s)", or that the list is not in this build: an unloaded list is not an empty one. */
  count: string;
  /** The parts' counts (partsSummary), for a list split in a few parts; null otherwise or when not loaded. */
  parts: string | null;
}

/** A list split in more parts than this is summed up by its count alone (the conditions have a page of their own). */
const MAX_PARTS_SHOWN = 4;

/** Every list of the registry, in its order. */
export function listRows(manifest: Manifest): ListRow[] {
  return listIds.map((list) => {
    const loaded = isListLoaded(manifest, list);
    const parts = listShapes[list].parts;
    return {
      href: listPagePath({ list } as ListView),
      title: lists[list].title,
      count: loaded ? `${formatInteger(countOf(manifest.counts, { list } as ListView))} médicament(s)` : NOT_LOADED,
      parts: loaded && parts.length > 0 && parts.length <= MAX_PARTS_SHOWN ? partsSummary(partRows(manifest, list)) : null,
    };
  });
}
