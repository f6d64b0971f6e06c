/**
 * A minimal reader of the BDPM text files for the page audit, written apart from the
 * project's parser so that the audit does not check the code against itself: split on
 * line ends and tabs, trim each cell, keep the line number, nothing else.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceRow {
  file: string;
  /** 1-based, as an editor numbers lines. */
  line: number;
  cells: string[];
}

export const BDPM_FILES = {
  medicines: 'CIS_bdpm.txt',
  presentations: 'CIS_CIP_bdpm.txt',
  compositions: 'CIS_COMPO_bdpm.txt',
  conditions: 'CIS_CPD_bdpm.txt',
  generics: 'CIS_GENER_bdpm.txt',
  mitm: 'CIS_MITM.txt',
  shortages: 'CIS_CIP_Dispo_Spec.txt',
} as const;

/** Rows of a tab-separated text; lines with no non-blank cell (stray CR lines of CIS_CPD) are left out. */
export function parseRows(file: string, text: string): SourceRow[] {
  return text
    .split('\n')
    .map((raw, index) => ({ file, line: index + 1, cells: raw.split('\t').map((cell) => cell.trim()) }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
}

/** The rows of one medicine, file by file. */
export interface MedicineRows {
  cis: string;
  medicine: SourceRow;
  presentations: SourceRow[];
  compositions: SourceRow[];
  conditions: SourceRow[];
  shortages: SourceRow[];
  /** Its own rows of CIS_GENER_bdpm.txt (one per group). */
  generics: SourceRow[];
  /** Every row of the groups it belongs to, itself included. */
  groupMembers: SourceRow[];
  /** CIS of members of its groups that CIS_bdpm.txt does not have. */
  absentMembers: string[];
  mitm: SourceRow | undefined;
}

export interface Snapshot {
  dir: string;
  medicines: Map<string, SourceRow>;
  /** Whether the ANSM rétrocession and accès dérogatoire lists are in the folder (never in a bare BDPM snapshot). */
  retrocessionLoaded: boolean;
  accessLoaded: boolean;
  rowsOf(cis: string): MedicineRows;
}

function byCis(rows: SourceRow[], column = 0): Map<string, SourceRow[]> {
  const map = new Map<string, SourceRow[]>();
  for (const row of rows) {
    const key = row.cells[column];
    map.set(key, [...(map.get(key) ?? []), row]);
  }
  return map;
}

export function readSnapshot(dir: string): Snapshot {
  const read = (file: string) => (existsSync(join(dir, file)) ? parseRows(file, readFileSync(join(dir, file), 'utf8')) : []);
  const medicines = new Map(read(BDPM_FILES.medicines).map((row) => [row.cells[0], row]));
  const presentations = byCis(read(BDPM_FILES.presentations));
  const compositions = byCis(read(BDPM_FILES.compositions));
  const conditions = byCis(read(BDPM_FILES.conditions));
  const shortages = byCis(read(BDPM_FILES.shortages));
  const genericRows = read(BDPM_FILES.generics);
  const generics = byCis(genericRows, 2);
  const groups = byCis(genericRows, 0);
  const mitm = new Map(read(BDPM_FILES.mitm).map((row) => [row.cells[0], row]));
  const names = readdirSync(dir).map((name) => name.toLowerCase());
  return {
    dir,
    medicines,
    retrocessionLoaded: names.some((name) => name.includes('retrocession')),
    accessLoaded: names.some((name) => name.includes('derogatoire') || name.includes('acces')),
    rowsOf(cis) {
      const own = generics.get(cis) ?? [];
      const members = own.flatMap((row) => groups.get(row.cells[0]) ?? []);
      return {
        cis,
        medicine: medicines.get(cis)!,
        presentations: presentations.get(cis) ?? [],
        compositions: compositions.get(cis) ?? [],
        conditions: conditions.get(cis) ?? [],
        shortages: shortages.get(cis) ?? [],
        generics: own,
        groupMembers: members,
        absentMembers: [...new Set(members.map((row) => row.cells[2]).filter((member) => !medicines.has(member)))],
        mitm: mitm.get(cis),
      };
    },
  };
}

/** Mulberry32: a small deterministic generator, so the sample is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
