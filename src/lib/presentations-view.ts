/**
 * The presentations of a medicine page as CIS_CIP_bdpm.txt gives them: current ones with
 * their rate and price, those whose commercialisation is stopped apart with the file's date
 * and no price, and the reimbursement notes (column 13) as written. Pure.
 */
import type { Medicine, Presentation } from './content/medicine.ts';
import { formatDate } from './format.ts';
import { priceOf, reimbursementOf } from './medicine-view.ts';

/** "Déclaration d'arrêt de commercialisation" or "Arrêt de commercialisation (le médicament n'a plus d'autorisation)". */
export function isDiscontinued(presentation: Presentation): boolean {
  return presentation.commercialStatus !== null && /arr[êe]t de commercialisation/i.test(presentation.commercialStatus);
}

/** The label cell: the BDPM label, its agreement to collectivities, and its status when not "Présentation active". */
function labelOf(p: Presentation): string {
  const collectivities = p.collectivities ? ' (agréée aux collectivités)' : '';
  const status = p.adminStatus && p.adminStatus !== 'Présentation active' ? ` — statut : ${p.adminStatus}` : '';
  return `${p.label ?? '—'}${collectivities}${status}`;
}

/**
 * For a declared stop, the file's column "date de déclaration de commercialisation" holds the
 * date of the stop (it changes when the state changes: 376 of 376 presentations that went from
 * commercialised to stopped between July 2025 and January 2026).
 */
function stopOf(p: Presentation): string {
  const date = p.commercialisationDate ? formatDate(p.commercialisationDate) : null;
  if (/^déclaration d'arrêt/i.test(p.commercialStatus ?? '')) return date ? `Arrêt déclaré le ${date}` : 'Arrêt déclaré (date non renseignée)';
  return date ? `${p.commercialStatus} ; date donnée par le fichier : ${date}` : `${p.commercialStatus}`;
}

export interface CurrentPresentationRow {
  label: string;
  cip13: string;
  cip7: string;
  reimbursement: string;
  price: string;
}

export interface StoppedPresentationRow {
  label: string;
  cip13: string;
  cip7: string;
  stop: string;
}

export interface ReimbursementNote {
  /** CIP13 of each presentation the note is written for (the tables above give their labels). */
  cip13s: string[];
  /** The note as written, one entry per line of the file's text (<br>). */
  lines: string[];
}

export const REIMBURSEMENT_NOTE_PREFIX = 'Remboursement limité (BDPM, indications ouvrant droit au remboursement) :';

/** Line breaks of the file become lines; a real tag is dropped, a "<" in text ("< 20 kg") stays. */
export function noteLines(text: string): string[] {
  return text
    .split(/<br\s*\/?>/i)
    .map((line) => line.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, '').trim())
    .filter(Boolean);
}

export function presentationTablesOf(medicine: Medicine) {
  const current = medicine.presentations.filter((p) => !isDiscontinued(p));
  const stopped = medicine.presentations.filter(isDiscontinued);
  // One note per text, naming every presentation it is written for: the same text often covers them all.
  const notes = new Map<string, ReimbursementNote>();
  for (const p of [...current, ...stopped]) {
    if (!p.reimbursementNotes) continue;
    const note = notes.get(p.reimbursementNotes) ?? { cip13s: [], lines: noteLines(p.reimbursementNotes) };
    note.cip13s.push(p.cip13);
    notes.set(p.reimbursementNotes, note);
  }
  return {
    current: current.map((p): CurrentPresentationRow => ({ label: labelOf(p), cip13: p.cip13, cip7: p.cip7, reimbursement: reimbursementOf(p, medicine), price: priceOf(p, medicine) })),
    stopped: stopped.map((p): StoppedPresentationRow => ({ label: labelOf(p), cip13: p.cip13, cip7: p.cip7, stop: stopOf(p) })),
    notes: [...notes.values()],
  };
}
