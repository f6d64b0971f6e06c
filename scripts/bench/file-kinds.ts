/**
 * The kinds of file a search fetches, so that the bench can say where its bytes go: the
 * page itself, Pagefind's code (script, worker, WebAssembly, entry), its metadata file
 * (`pf_meta`, one entry per indexed page), index chunks, result fragments and filter chunks.
 * Pure.
 */

export const fileKinds = ['page', 'pagefind-code', 'pf_meta', 'index', 'fragment', 'filter'] as const;
export type FileKind = (typeof fileKinds)[number];

export const fileKindLabels: Record<FileKind, string> = {
  page: 'page (HTML, CSS, JS, icône)',
  'pagefind-code': 'Pagefind : script, worker, wasm, entrée',
  pf_meta: 'Pagefind : pf_meta',
  index: 'Pagefind : index',
  fragment: 'Pagefind : fragments',
  filter: 'Pagefind : filtres',
};

export function fileKindOf(pathname: string): FileKind {
  if (!pathname.startsWith('/pagefind/')) return 'page';
  if (pathname.endsWith('.pf_meta')) return 'pf_meta';
  if (pathname.endsWith('.pf_index')) return 'index';
  if (pathname.endsWith('.pf_fragment')) return 'fragment';
  if (pathname.endsWith('.pf_filter')) return 'filter';
  return 'pagefind-code';
}

/** Bytes per kind, every kind present (at zero when none was fetched). */
export function bytesByKind(files: Array<{ path: string; bytes: number }>): Record<FileKind, number> {
  const totals = Object.fromEntries(fileKinds.map((kind) => [kind, 0])) as Record<FileKind, number>;
  for (const { path, bytes } of files) totals[fileKindOf(path)] += bytes;
  return totals;
}
