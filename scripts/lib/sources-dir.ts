/**
 * Finds the sources folder and recognises the official files in it by name.
 * Order: --sources flag, SOURCES_DIR, the newest dated folder in data/sources/
 * (or data/sources/ itself), and last the embedded demo set in data/demo/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normaliseHeader } from './read/xlsx.ts';
import { type BdpmFileId, bdpmFiles } from '../sources/bdpm-files.ts';
import { HISTORY_FILE } from './history/history-store.ts';
import type { AnsmListId } from '../sources/ansm-lists.ts';

export type SourceId = BdpmFileId | AnsmListId;

export const DEMO_MARKER = 'demo-data.json';

export interface SourcesFolder {
  dir: string;
  how: string;
  files: Partial<Record<SourceId, string>>;
  unrecognised: string[];
}

/** ANSM files keep changing names; any .xlsx whose name mentions the list is taken. */
const ansmNamePatterns: ReadonlyArray<readonly [AnsmListId, RegExp]> = [
  ['retrocession', /retrocession|retrocedable/],
  ['accesDerogatoire', /derogatoire|acces precoce|acces compassionnel/],
  ['mitmList', /mitm|interet therapeutique majeur/],
];

export function recogniseFile(name: string): SourceId | null {
  for (const [id, definition] of Object.entries(bdpmFiles)) {
    if (definition.file.toLowerCase() === name.toLowerCase()) return id as BdpmFileId;
  }
  if (!/\.xlsx$/i.test(name)) return null;
  const normalised = normaliseHeader(name.replace(/\.xlsx$/i, ''));
  return ansmNamePatterns.find(([, pattern]) => pattern.test(normalised))?.[0] ?? null;
}

export function locateSources(root: string, flag: string | undefined, env: string | undefined): SourcesFolder {
  let dir: string;
  let how: string;
  const fetched = join(root, 'data', 'sources');
  if (flag) [dir, how] = [resolve(flag), '--sources'];
  else if (env) [dir, how] = [resolve(env), 'SOURCES_DIR'];
  else if (existsSync(fetched)) {
    const dated = readdirSync(fetched)
      .filter((name) => /^\d{4}-\d{2}-\d{2}/.test(name) && statSync(join(fetched, name)).isDirectory())
      .sort();
    [dir, how] = [dated.length > 0 ? join(fetched, dated[dated.length - 1]) : fetched, 'data/sources'];
  } else [dir, how] = [join(root, 'data', 'demo'), 'jeu de démonstration embarqué'];

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`dossier de sources introuvable : ${dir} (${how})`);
  }
  const files: SourcesFolder['files'] = {};
  const unrecognised: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!statSync(join(dir, name)).isFile() || [DEMO_MARKER, 'manifest.json', HISTORY_FILE].includes(name)) continue;
    const id = recogniseFile(name);
    if (id === null) unrecognised.push(name);
    else if (files[id]) throw new Error(`${dir} : deux fichiers pour la même source (${files[id]} et ${name})`);
    else files[id] = name;
  }
  return { dir, how, files, unrecognised };
}
