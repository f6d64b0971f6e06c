/**
 * A snapshot older than the newest one already built would take the site back in time while
 * its history still tells of later versions: the build stops, unless the maintainer says it
 * means to go back (--allow-older-snapshot, ALLOW_OLDER_SNAPSHOT=1).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ChangeSet } from '../../../src/lib/content/history.ts';
import { formatDate } from '../../../src/lib/format.ts';
import { SourceError } from '../problems.ts';

export const ALLOW_OLDER_HOW = '--allow-older-snapshot (ou ALLOW_OLDER_SNAPSHOT=1 npm run build)';

const DAY = 24 * 60 * 60 * 1000;

/** The newest version the history has recorded, or null for an empty history. */
export function newestRecorded(history: ChangeSet[]): string | null {
  return history.reduce<string | null>((newest, set) => (newest === null || set.to > newest ? set.to : newest), null);
}

/**
 * The history this build may show: all of it, or, when going back is allowed, only what
 * came before the chosen snapshot. Throws when the snapshot is older and going back was not asked for.
 */
export function historyUpTo(
  history: ChangeSet[],
  snapshotDate: string,
  historyPath: string,
  allowOlder: boolean,
): { changeSets: ChangeSet[]; older: string | null } {
  const newest = newestRecorded(history);
  if (newest === null || newest <= snapshotDate) return { changeSets: history, older: null };
  if (!allowOlder) {
    const days = Math.round((Date.parse(newest) - Date.parse(snapshotDate)) / DAY);
    const newestFolder = join(dirname(historyPath), newest);
    throw new SourceError(
      { file: historyPath },
      `l'instantané choisi (${snapshotDate}) est plus ancien que le plus récent déjà construit (${newest}) : le site reviendrait ` +
        `aux fichiers du ${formatDate(snapshotDate)}, ${days} jour(s) en arrière, et ne montrerait plus les changements enregistrés ` +
        `jusqu'au ${formatDate(newest)}. ` +
        (existsSync(newestFolder)
          ? `Pour construire le plus récent, ne pas choisir d'instantané (sans --sources ni SOURCES_DIR, la construction prend ${newestFolder}). `
          : `Le dossier ${newestFolder} n'existe plus (renommé ? supprimé ?) : le remettre sous ce nom. `) +
        `Pour revenir en arrière volontairement : ${ALLOW_OLDER_HOW} ; history.json n'est alors pas modifié`,
    );
  }
  return { changeSets: history.filter((set) => set.to <= snapshotDate), older: newest };
}
