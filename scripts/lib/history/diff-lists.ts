/**
 * What changed on each list between two versions: medicines added, removed, and for
 * those on both, each field whose value changed. Pure.
 */
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { type Change, type ChangeSet, type TrackedList, trackedLists } from '../../../src/lib/content/history.ts';
import { lists } from '../../../src/lib/lists/registry.ts';
import { distinctValues } from '../../../src/lib/text.ts';

type Fields = Record<string, string | null>;

const joined = (values: Array<string | null>) => {
  const present = distinctValues(values).sort();
  return present.length > 0 ? present.join(' | ') : null;
};

/** A medicine's membership of each list, as the fields worth tracking; null when not on it. */
export function listFields(medicine: Medicine): Record<TrackedList, Fields | null> {
  const retro = medicine.retrocession;
  const access = medicine.accesDerogatoire;
  return {
    retrocession:
      retro.length === 0
        ? null
        : {
            ucd: joined(retro.map((r) => r.ucd)),
            autorisation: joined(retro.map((r) => r.authorisation)),
            inscription: joined(retro.map((r) => r.inscriptionDate)),
            remarques: joined(retro.map((r) => r.remarks)),
          },
    mitm: medicine.mitm ? { atc: medicine.mitm.atc } : null,
    accesDerogatoire:
      access.length === 0
        ? null
        : {
            type: joined(access.map((a) => a.type)),
            indication: joined(access.map((a) => a.indication)),
            statut: joined(access.map((a) => a.status)),
            debut: joined(access.map((a) => a.startDate)),
            fin: joined(access.map((a) => a.endDate)),
          },
    shortages: medicine.shortageState
      ? {
          etat: medicine.shortageState,
          debut: joined(medicine.shortages.map((s) => s.startDate)),
          remise: joined(medicine.shortages.map((s) => s.availableAgainDate)),
        }
      : null,
  };
}

/** The files each tracked list is read from: the list pages' own table, under the history's keys. */
const listSourceIds: Record<TrackedList, readonly string[]> = {
  retrocession: lists.retrocession.sources,
  mitm: lists.mitm.sources,
  accesDerogatoire: lists.accesDerogatoire.sources,
  shortages: lists.shortages.sources,
};

/** The files a version read for each tracked list, from its source ids and file names. */
export function listFiles(files: Partial<Record<string, string>>): Record<TrackedList, string[]> {
  const of = (list: TrackedList) => listSourceIds[list].flatMap((id) => (files[id] ? [files[id]] : []));
  return { retrocession: of('retrocession'), mitm: of('mitm'), accesDerogatoire: of('accesDerogatoire'), shortages: of('shortages') };
}

/** The tracked lists a version loaded, from the ids of the files it read. */
export function loadedLists(sourceIds: readonly string[]): TrackedList[] {
  return trackedLists.filter((list) => listSourceIds[list].some((id) => sourceIds.includes(id)));
}

/**
 * Changes on `lists` only: a list one version did not load is not compared, for its every
 * medicine would read as added (or removed) when only the file was missing.
 */
export function diffLists(
  previous: Medicine[],
  current: Medicine[],
  from: string,
  to: string,
  lists: readonly TrackedList[] = trackedLists,
  files: Partial<Record<TrackedList, string[]>> = {},
): ChangeSet {
  const before = new Map(previous.map((m) => [m.id, { name: m.name, lists: listFields(m) }]));
  const after = new Map(current.map((m) => [m.id, { name: m.name, lists: listFields(m) }]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: Change[] = [];
  for (const list of lists) {
    for (const id of ids) {
      const old = before.get(id);
      const now = after.get(id);
      const oldFields = old?.lists[list] ?? null;
      const newFields = now?.lists[list] ?? null;
      const name = (now ?? old)!.name;
      // Keys in the schema's order, so that the history reads the same once parsed again.
      const read = { files: files[list] ?? [] };
      // A shortage report records its state: a later version's comparison may not cover the file, so it cannot be read back from there.
      if (!oldFields && newFields) changes.push({ id, name, topic: list, kind: 'added', ...(list === 'shortages' ? { new: newFields.etat } : {}), ...read });
      else if (oldFields && !newFields)
        changes.push({ id, name, topic: list, kind: 'removed', ...(list === 'shortages' ? { old: oldFields.etat } : {}), ...read });
      else if (oldFields && newFields) {
        for (const field of Object.keys(newFields)) {
          if (oldFields[field] !== newFields[field])
            changes.push({ id, name, topic: list, kind: 'changed', field, old: oldFields[field], new: newFields[field], ...read });
        }
      }
    }
  }
  return { from, to, changes };
}
