/**
 * Everything the site shows, compared between two dated versions: the BDPM (diff-bdpm.ts)
 * and the lists (diff-lists.ts). A change whose old or new value does not fit its field is
 * set aside with its problems, never written. Pure.
 */
import { type Change, type ChangeSet, changeValueProblems } from '../../../src/lib/content/history.ts';
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { presentationsCarryPrices } from '../../../src/lib/sources-view.ts';
import { type BdpmTopic, bdpmTopics, diffBdpm } from './diff-bdpm.ts';
import { diffLists, listFiles, loadedLists } from './diff-lists.ts';

/** The source id each BDPM topic is read from. */
const bdpmSourceIds: Record<BdpmTopic, string> = {
  bdpm: 'medicines',
  presentations: 'presentations',
  conditions: 'prescriptionConditions',
  genericGroups: 'genericGroups',
};

/** One version: its joined medicines, its date and the files it read (source id → file name). */
export interface Version {
  date: string;
  medicines: Medicine[];
  files: Partial<Record<string, string>>;
}

export interface Comparison {
  changeSet: ChangeSet;
  rejected: Array<{ change: Change; problems: string[] }>;
}

export function compareSnapshots(previous: Version, current: Version): Comparison {
  const readByBoth = (id: string) => Boolean(previous.files[id] && current.files[id]);
  const bdpm = bdpmTopics.filter((topic) => readByBoth(bdpmSourceIds[topic]));
  const lists = loadedLists(Object.keys(previous.files)).filter((list) => loadedLists(Object.keys(current.files)).includes(list));
  const bdpmFiles = Object.fromEntries(bdpm.map((topic) => [topic, [current.files[bdpmSourceIds[topic]]!]]));
  const all = [
    ...diffBdpm(
      previous.medicines,
      current.medicines,
      bdpm,
      bdpmFiles,
      [previous, current].every((version) => presentationsCarryPrices(version.files.presentations ?? '')),
    ),
    ...diffLists(previous.medicines, current.medicines, previous.date, current.date, lists, listFiles(current.files)).changes,
  ];
  const changes: Change[] = [];
  const rejected: Comparison['rejected'] = [];
  for (const change of all) {
    const problems = changeValueProblems(change);
    if (problems.length === 0) changes.push(change);
    else rejected.push({ change, problems });
  }
  // The topics whose file both versions read: the others' changes are unknown, not none.
  return { changeSet: { from: previous.date, to: current.date, compared: [...bdpm, ...lists], changes }, rejected };
}
