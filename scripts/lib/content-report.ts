/**
 * What the content step reports: each file's accounting, rejected rows, warnings, accepted
 * large changes and counts. Types only, shared by the step and its checks and printer.
 */
import type { Topic } from '../../src/lib/content/history.ts';
import type { Manifest } from '../../src/lib/content/medicine.ts';
import type { conditionCoverage } from './classify/prescription-conditions.ts';
import type { JoinShare, LargeChange } from './checks/list-checks.ts';
import type { Duplicate } from './parse/records.ts';
import type { Rejection } from './problems.ts';
import type { SourceId } from './sources-dir.ts';

export interface SourceAccount {
  id: SourceId;
  file: string;
  read: number;
  kept: number;
  rejected: number;
  duplicates: number;
  /** Spreadsheets: the sheet read and the columns its mapping does not know. */
  sheet?: string;
  unknownHeaders?: string[];
  /** Lists: kept rows, and those that join a medicine of CIS_bdpm.txt. */
  joinShare?: JoinShare;
}

/** What the build did with the snapshots' history, told on the console. */
export interface HistoryStory {
  /** The snapshot built (its folder's date), or null when the sources are not a dated snapshot. */
  snapshot: string | null;
  /** The snapshot compared with, the lists both loaded, and the count of each kind of change per list; null when none was made. */
  comparedWith: { date: string; lists: Topic[]; counts: Array<{ list: Topic; added: number; removed: number; changed: number }> } | null;
  /** Why no comparison was made, or what else happened to the history; null when there is nothing to add. */
  note: string | null;
}

export interface ContentReport {
  sourcesDir: string;
  demo: boolean;
  accounts: SourceAccount[];
  rejections: Rejection[];
  duplicates: Duplicate[];
  /** Non-fatal remarks; those about one cell (an implausible date) name its row and column too. */
  warnings: Array<{ file: string; message: string; row?: number; column?: string }>;
  /** Files in the sources folder that the build does not read, and why. */
  unused: Array<{ file: string; why: string }>;
  /** Large changes the maintainer accepted with --accept-changes. */
  acceptedChanges: LargeChange[];
  counts: Manifest['counts'];
  /** How the prescription conditions were classified: per category, and the texts no rule knows. */
  conditions: ReturnType<typeof conditionCoverage>;
  genericGroups: { groups: number; memberships: number; medicines: number };
  /** Where the snapshots' history goes once the whole build has succeeded; null when this build adds nothing to it. */
  historyTarget: string | null;
  history: HistoryStory;
}
