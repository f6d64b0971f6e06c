/**
 * The rule of the snapshots folder (data/sources/): one folder per snapshot, named by its date,
 * beside the snapshots' history.json and the working folders of `npm run sources:fetch`.
 * Anything else stops the build: a snapshot under another name would otherwise be skipped
 * without a word, and the site built on an older one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDatedFolderName, isIsoDate } from '../../src/lib/dates.ts';
import { SourceError } from './problems.ts';

export const SNAPSHOT_RULE =
  'chaque instantané est un dossier nommé par sa date au format AAAA-MM-JJ (par exemple data/sources/2026-01-28/) ; ' +
  'à côté, seuls history.json, withdrawn.json et les dossiers de travail de npm run sources:fetch (.incoming-AAAA-MM-JJ) sont admis';

/** Left by `sources:fetch` (.incoming-<date>) and by a folder swap cut short (.<date>.old-<pid>, .<date>.new-<pid>). */
const WORKING_FOLDER = /^\.(incoming-\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}\.(old|new)-\d+)$/;
const OWN_FILE = /^(history|withdrawn)\.json(\.new-\d+)?$/;

export interface SnapshotsFolder {
  /** Snapshot folder names, oldest first. */
  snapshots: string[];
  /** Working folders, ignored by the build. */
  working: string[];
}

/** The ISO name a misnamed snapshot folder was probably meant to have: "28-01-2026" → "2026-01-28". */
export function isoNameFor(name: string): string | null {
  const pad = (part: string) => part.padStart(2, '0');
  const dayFirst = /^(\d{1,2})[-_. ](\d{1,2})[-_. ](\d{4})(?:\D.*)?$/.exec(name);
  const yearFirst = /^(\d{4})[-_. ]?(\d{1,2})[-_. ]?(\d{1,2})(?:\D.*)?$/.exec(name);
  const candidate = dayFirst
    ? `${dayFirst[3]}-${pad(dayFirst[2])}-${pad(dayFirst[1])}`
    : yearFirst
      ? `${yearFirst[1]}-${pad(yearFirst[2])}-${pad(yearFirst[3])}`
      : null;
  return candidate && isIsoDate(candidate) ? candidate : null;
}

/** Reads a snapshots folder; throws a SourceError naming every entry that breaks the rule. */
export function readSnapshotsFolder(root: string): SnapshotsFolder {
  const snapshots: string[] = [];
  const working: string[] = [];
  const faults: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const { name } = entry;
    if (entry.isDirectory()) {
      if (isDatedFolderName(name)) snapshots.push(name);
      else if (WORKING_FOLDER.test(name)) working.push(name);
      else {
        const meant = isoNameFor(name);
        faults.push(`« ${name}/ »${meant ? ` (à renommer ${meant} ?)` : ''}`);
      }
    } else if (!OWN_FILE.test(name) && !name.startsWith('.')) faults.push(`« ${name} » (un fichier ici n'est lu par aucune construction)`);
  }
  if (faults.length > 0) {
    throw new SourceError(
      { file: root },
      `${faults.length === 1 ? "ce n'est pas un instantané" : 'ce ne sont pas des instantanés'} : ${faults.sort().join(', ')}. ` +
        `Règle : ${SNAPSHOT_RULE}. La construction s'arrête plutôt que de l'ignorer et de construire le site sur un autre instantané : ` +
        'renommer (ou déplacer hors de ce dossier), puis relancer',
    );
  }
  return { snapshots: snapshots.sort(), working: working.sort() };
}

/** The working folders of a snapshots folder, for the accounting: present, and not read. */
export function workingFolderNotes(root: string, working: string[]): Array<{ file: string; why: string }> {
  return working.map((name) => ({
    file: join(root, name),
    why: name.startsWith('.incoming-')
      ? "dossier de travail d'un téléchargement interrompu, non lu (le prochain npm run sources:fetch du même jour le reprend, un autre jour le supprime)"
      : "dossier de travail d'un remplacement interrompu, non lu (peut être supprimé)",
  }));
}
