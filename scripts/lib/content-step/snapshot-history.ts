/**
 * History stage: the change history this build shows. The sources folder's own history is
 * taken as it is; for a dated snapshot, the snapshots' history with the change set from the
 * previous snapshot added (or replaced). What was done goes to report.history, for the console.
 */
import { dirname, join } from 'node:path';
import type { ChangeSet } from '../../../src/lib/content/history.ts';
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { summarise } from '../../../src/lib/history-view.ts';
import type { ContentReport } from '../content-report.ts';
import { compareSnapshots } from '../history/compare-snapshots.ts';
import { withChangeSet } from '../history/history-store.ts';
import { WITHDRAWN_FILE, newlyWithdrawn, readWithdrawn, withdrawnAsOf } from '../history/withdrawn.ts';
import type { BuildPlace } from './locate.ts';
import type { PreviousSnapshot } from './previous-snapshot.ts';
import { filesRead } from './read-sources.ts';

export interface BuildHistory {
  changeSets: ChangeSet[];
  /** Where the snapshots' history goes once the whole build has succeeded; null when this build adds nothing to it. */
  persistTo: string | null;
  /** Medicines gone from the BDPM, kept with what was last known of them (withdrawn.ts). */
  withdrawn: Medicine[];
}

export function historyForBuild(place: BuildPlace, previous: PreviousSnapshot | null, medicines: Medicine[], report: ContentReport): BuildHistory {
  const { history, recorded, shown } = place;
  const story = report.history;
  if (!history) {
    story.note = "dossier de sources qui n'est pas un instantané daté (data/sources/AAAA-MM-JJ/) : pas de comparaison, aucun historique";
    return { changeSets: [], persistTo: null, withdrawn: [] };
  }
  if (!history.current || !shown) {
    story.note = `historique propre au dossier de sources (${history.path}, ${recorded.length} version(s) comparée(s)), repris tel quel`;
    return { changeSets: recorded, persistTo: null, withdrawn: readWithdrawn(join(place.folder.dir, WITHDRAWN_FILE)) };
  }
  story.snapshot = history.current.date;
  const date = history.current.date;
  const stored = readWithdrawn(join(dirname(history.path), WITHDRAWN_FILE));
  const { changeSets, older } = shown;
  if (older)
    story.note = `instantané plus ancien que le plus récent déjà construit (${older}), accepté : historique montré jusqu'au ${history.current.date}, ${history.path} non modifié`;
  if (!previous) {
    story.note ??= `premier instantané de ${dirname(history.path)} : aucun instantané plus ancien à côté, pas de comparaison`;
    return { changeSets, persistTo: null, withdrawn: withdrawnAsOf(stored, [], date, medicines) };
  }
  try {
    if ('error' in previous.joined) throw new Error(previous.joined.error);
    const before = previous.joined.value;
    const { changeSet, rejected } = compareSnapshots(
      { date: previous.date, medicines: before.medicines, files: before.files },
      { date, medicines, files: filesRead(report) },
    );
    for (const { change, problems } of rejected) {
      report.warnings.push({
        file: change.files.join(', ') || history.path,
        message: `changement rejeté (${change.id}, ${change.topic}${change.field ? `.${change.field}` : ''}) : ${problems.join(' ; ')}`,
      });
    }
    const counts = summarise(changeSet).map(({ list, added, removed, changed }) => ({
      list,
      added: added.length,
      removed: removed.length,
      changed: changed.length,
    }));
    story.comparedWith = { date: previous.date, lists: changeSet.compared ?? [], counts };
    const withdrawn = withdrawnAsOf(
      stored,
      newlyWithdrawn({ date: previous.date, medicines: before.medicines, files: before.files }, { date, medicines, files: filesRead(report) }),
      date,
      medicines,
    );
    return { changeSets: withChangeSet(changeSets, changeSet), persistTo: older ? null : history.path, withdrawn };
  } catch (error) {
    report.warnings.push({ file: previous.dir, message: `instantané précédent illisible, pas de comparaison : ${(error as Error).message}` });
    story.note ??= `instantané précédent (${previous.date}) illisible : pas de comparaison (voir l'avertissement)`;
    return { changeSets, persistTo: null, withdrawn: withdrawnAsOf(stored, [], date, medicines) };
  }
}
