/**
 * Finds the sources folder and recognises the official files in it by name. Every file is
 * accounted for: a file the build reads, a file it knows and does not use (listed as such),
 * or a spreadsheet it cannot place, which stops the build.
 * Order: --sources flag, SOURCES_DIR, the newest snapshot in data/sources/ (whose every
 * entry must follow the snapshot folder rule, ./snapshot-folders.ts), and last the embedded
 * demo set in data/demo/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isDatedFolderName } from '../../src/lib/dates.ts';
import { comparableText } from '../../src/lib/text.ts';
import { SPREADSHEET_EXTENSIONS } from './read/spreadsheet.ts';
import { type BdpmFileId, bdpmFiles } from '../sources/bdpm-files.ts';
import { HISTORY_FILE } from './history/history-store.ts';
import { WITHDRAWN_FILE } from './history/withdrawn.ts';
import { SourceError } from './problems.ts';
import { SNAPSHOT_RULE, readSnapshotsFolder, workingFolderNotes } from './snapshot-folders.ts';
import type { AnsmListId } from '../sources/ansm-lists.ts';
import type { SourceId } from '../../src/lib/content/manifest.ts';
import { findPackage } from '../sources/datapackage/package-files.ts';

export const DEMO_MARKER = 'demo-data.json';

export interface SourcesFolder {
  dir: string;
  how: string;
  files: Partial<Record<SourceId, string>>;
  /** Files present and not read, with why. */
  unused: Array<{ file: string; why: string }>;
  /** The ANSM Open Data package: its `datapackage.json`, or the zip holding it (scripts/sources/datapackage/). */
  datapackage?: string;
}

/** BDPM downloads the site does not read (yet): named in the accounting, never an error. */
const knownUnusedBdpm: ReadonlyArray<readonly [RegExp, string]> = [
  [/^CIS_HAS_SMR_bdpm\.txt$/i, 'fichier BDPM connu (avis SMR de la HAS), non utilisé par le site'],
  [/^CIS_HAS_ASMR_bdpm\.txt$/i, 'fichier BDPM connu (avis ASMR de la HAS), non utilisé par le site'],
  [/^HAS_LiensPageCT_bdpm\.txt$/i, 'fichier BDPM connu (liens vers les avis de la HAS), non utilisé par le site'],
  [/^CIS_InfoImportantes.*\.txt$/i, 'fichier BDPM connu (informations importantes), non utilisé par le site'],
];

/** Files that look like spreadsheets: one the build cannot place stops it. */
const SPREADSHEET_LIKE = /\.(xlsx|xls|csv|ods|xlsm|xlsb)$/i;

/** How the lists are recognised, for the messages that refuse a file. */
export const HOW_LISTS_ARE_RECOGNISED =
  'une liste ANSM est reconnue à son nom (contenant « retrocession » ou « retrocedable », « mitm » ou « interet therapeutique majeur », ' +
  '« derogatoire », « acces precoce » ou « acces compassionnel », sans tenir compte ' +
  `des accents ni de la casse) et à son format (${SPREADSHEET_EXTENSIONS.join(', ')}) ; renommer le fichier, ` +
  "ou l'enregistrer en .xlsx, puis relancer";

/** ANSM files keep changing names; any list file whose name mentions the list is taken. */
const ansmNamePatterns: ReadonlyArray<readonly [AnsmListId, RegExp]> = [
  ['retrocession', /retrocession|retrocedable/],
  ['accesDerogatoire', /derogatoire|acces precoce|acces compassionnel/],
  ['mitmList', /mitm|interet therapeutique majeur/],
];

export function recogniseFile(name: string): SourceId | null {
  for (const [id, definition] of Object.entries(bdpmFiles)) {
    if (definition.file.toLowerCase() === name.toLowerCase()) return id as BdpmFileId;
  }
  const extension = SPREADSHEET_EXTENSIONS.find((candidate) => name.toLowerCase().endsWith(candidate));
  if (!extension) return null;
  const normalised = comparableText(name.slice(0, -extension.length));
  return ansmNamePatterns.find(([, pattern]) => pattern.test(normalised))?.[0] ?? null;
}

/** Why a file is not read, or a SourceError when it looks like a list the build cannot place. */
function unusedFile(dir: string, name: string): { file: string; why: string } {
  const known = knownUnusedBdpm.find(([pattern]) => pattern.test(name));
  if (known) return { file: name, why: known[1] };
  if (SPREADSHEET_LIKE.test(name)) {
    throw new SourceError(
      { file: join(dir, name) },
      `tableur non reconnu : la construction s'arrête plutôt que d'ignorer une liste ; ${HOW_LISTS_ARE_RECOGNISED}`,
    );
  }
  return { file: name, why: 'fichier non reconnu, non utilisé' };
}

/** Which folder the build reads, and how it was chosen. */
export function chooseSources(root: string, flag: string | undefined, env: string | undefined): Pick<SourcesFolder, 'dir' | 'how'> {
  const fetched = join(root, 'data', 'sources');
  if (flag) return { dir: resolve(flag), how: '--sources' };
  if (env) return { dir: resolve(env), how: 'SOURCES_DIR' };
  if (!existsSync(fetched)) return { dir: join(root, 'data', 'demo'), how: 'jeu de démonstration embarqué' };
  const { snapshots } = readSnapshotsFolder(fetched);
  if (snapshots.length === 0) throw new SourceError({ file: fetched }, `aucun instantané dans ce dossier ; ${SNAPSHOT_RULE}`);
  return { dir: join(fetched, snapshots[snapshots.length - 1]), how: 'instantané le plus récent de data/sources/' };
}

/** The folder of snapshots a dated snapshot sits in (its history.json is written there), else null. */
export function snapshotsFolderOf(dir: string): string | null {
  return isDatedFolderName(basename(dir)) ? dirname(dir) : null;
}

export function locateSources(root: string, flag: string | undefined, env: string | undefined): SourcesFolder {
  const { dir, how } = chooseSources(root, flag, env);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`dossier de sources introuvable : ${dir} (${how})`);
  }
  const files: SourcesFolder['files'] = {};
  const unused: SourcesFolder['unused'] = [];
  // A snapshot chosen by name is compared with its neighbours: they follow the rule too.
  const snapshotsFolder = snapshotsFolderOf(dir);
  if (snapshotsFolder) unused.push(...workingFolderNotes(snapshotsFolder, readSnapshotsFolder(snapshotsFolder).working));
  const names = readdirSync(dir).sort();
  const datapackage = findPackage(dir, names);
  for (const name of names) {
    if (!statSync(join(dir, name)).isFile() || [DEMO_MARKER, 'manifest.json', HISTORY_FILE, WITHDRAWN_FILE].includes(name)) continue;
    if (name === datapackage?.entry || datapackage?.resourceFiles.includes(name)) continue;
    const id = recogniseFile(name);
    if (id === null) unused.push(unusedFile(dir, name));
    else if (files[id]) throw new SourceError({ file: dir }, `deux fichiers pour la même source (${files[id]} et ${name})`);
    else files[id] = name;
  }
  return { dir, how, files, unused, ...(datapackage ? { datapackage: datapackage.entry } : {}) };
}
