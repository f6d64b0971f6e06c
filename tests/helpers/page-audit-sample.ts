/**
 * The fixed random sample of medicine pages the page audit reads: strata like the
 * 30-page audit of issue 25 (in the shortage file, with prescription conditions,
 * neither), then, for each pattern that audit found, a few medicines that show it, so
 * that every pattern is exercised whatever the draw.
 */
import type { MedicineRows, Snapshot } from './bdpm-rows.ts';
import { seededShuffle } from './bdpm-rows.ts';

export const SAMPLE_SEED = 20_250_725;
export const PER_STRATUM = 35;
export const PER_PATTERN = 3;

const DISCONTINUED = "Déclaration d'arrêt de commercialisation";
const RH = /usage\s+hospitalier/i;

/** Patterns a page got wrong in issue 25, as facts about the source rows. */
export const patterns: Record<string, (rows: MedicineRows) => boolean> = {
  'statut AMM non actif': (rows) => rows.medicine.cells[4] !== 'Autorisation active',
  'présentation déclarée arrêtée': (rows) => rows.presentations.some((row) => row.cells[4] === DISCONTINUED),
  'note de remboursement (CIS_CIP col. 13)': (rows) => rows.presentations.some((row) => (row.cells[12] ?? '') !== ''),
  'composition à plusieurs éléments': (rows) => new Set(rows.compositions.map((row) => row.cells[1])).size > 1,
  'groupe générique avec un membre absent de CIS_bdpm': (rows) => rows.absentMembers.length > 0,
  'aucune ligne CIS_CIP': (rows) => rows.presentations.length === 0,
  'réservé à l’usage hospitalier sans autre condition de prescripteur': (rows) =>
    rows.conditions.some((row) => RH.test(row.cells[1])) && !rows.conditions.some((row) => !RH.test(row.cells[1]) && /prescri/i.test(row.cells[1])),
  MITM: (rows) => rows.mitm !== undefined,
  'date invraisemblable dans une ligne': (rows) => implausibleDates(rows).length > 0,
};

export interface SampledPage {
  cis: string;
  /** Why it is in the sample: its stratum or the pattern it was picked for. */
  reason: string;
}

/** Stratified sample, then pattern picks (the first medicines after the shuffle that show each pattern). */
export function drawSample(snapshot: Snapshot, seed = SAMPLE_SEED, perStratum = PER_STRATUM, perPattern = PER_PATTERN): SampledPage[] {
  const order = seededShuffle([...snapshot.medicines.keys()].sort(), seed).map((cis) => snapshot.rowsOf(cis));
  const picked = new Map<string, string>();
  const take = (reason: string, count: number, test: (rows: MedicineRows) => boolean) => {
    let taken = 0;
    for (const rows of order) {
      if (taken === count) break;
      if (!picked.has(rows.cis) && test(rows)) {
        picked.set(rows.cis, reason);
        taken++;
      }
    }
  };
  take('rupture/tension (CIS_CIP_Dispo_Spec)', perStratum, (rows) => rows.shortages.length > 0);
  take('conditions de prescription (CIS_CPD)', perStratum, (rows) => rows.shortages.length === 0 && rows.conditions.length > 0);
  take('autres', perStratum, (rows) => rows.shortages.length === 0 && rows.conditions.length === 0);
  for (const [name, test] of Object.entries(patterns)) take(`motif : ${name}`, perPattern, test);
  return [...picked].map(([cis, reason]) => ({ cis, reason }));
}

export interface DatedCell {
  row: SourceRowRef;
  date: string;
}
type SourceRowRef = { file: string; line: number };

const DATE = /\b(\d{2})\/(\d{2})\/(\d{4})\b/g;

/** Dates (JJ/MM/AAAA) in the medicine's rows more than a year after `now` or before 1900. */
export function implausibleDates(rows: MedicineRows, now = new Date()): DatedCell[] {
  const limit = new Date(now);
  limit.setFullYear(limit.getFullYear() + 1);
  const all = [rows.medicine, ...rows.presentations, ...rows.compositions, ...rows.conditions, ...rows.shortages, ...rows.generics];
  return all.flatMap((row) =>
    row.cells.flatMap((cell) =>
      [...cell.matchAll(DATE)]
        .filter(([, day, month, year]) => Number(year) < 1900 || new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))) > limit)
        .map(([date]) => ({ row: { file: row.file, line: row.line }, date })),
    ),
  );
}
