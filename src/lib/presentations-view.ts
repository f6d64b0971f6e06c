/**
 * The presentations of a medicine page as CIS_CIP_bdpm.txt gives them: current ones with
 * their rate and price, those whose commercialisation is stopped apart with the file's date
 * and no price, and the reimbursement notes (column 13) as written. Pure.
 */
import type { Medicine, Presentation } from './content/medicine.ts';
import { formatDate } from './format.ts';
import { isDiscontinued } from './commercial-status.ts';
import { priceOf, reimbursementOf } from './medicine-view.ts';

/** The label cell: the BDPM label, its agreement to collectivities, and its status when not "Présentation active". */
function labelOf(p: Presentation): string {
  const collectivities = p.collectivities ? ' (agréée aux collectivités)' : '';
  const status = p.adminStatus && p.adminStatus !== 'Présentation active' ? ` — statut : ${p.adminStatus}` : '';
  return `${p.label ?? '—'}${collectivities}${status}`;
}

/**
 * The file's column 6, "date de déclaration de commercialisation", changes when a presentation is
 * declared stopped (376 of 376 between July 2025 and January 2026), but 119 of those new dates are
 * earlier than the July file, where the presentation was still declared marketed: it is a date
 * given with the stop, not the day of the declaration. The page says only that the file gives it.
 */
function stopOf(p: Presentation): string {
  const date = p.commercialisationDate ? `date donnée par le fichier : ${formatDate(p.commercialisationDate)}` : 'le fichier ne donne pas de date';
  const state = /^déclaration d'arrêt/i.test(p.commercialStatus ?? '') ? 'Arrêt déclaré' : p.commercialStatus;
  return `${state} ; ${date}`;
}

/** Under the table of stopped presentations: what its dates are. */
export const STOP_DATE_NOTE =
  "La date est celle de la colonne « date de déclaration de commercialisation » de CIS_CIP_bdpm.txt : pour une présentation arrêtée, le fichier y donne une date liée à l'arrêt, parfois antérieure à une version du fichier où la présentation était encore déclarée commercialisée ; ce n'est donc pas forcément le jour de la déclaration.";

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

export function presentationTablesOf(medicine: Medicine, pricesKnown = true) {
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
    current: current.map(
      (p): CurrentPresentationRow => ({
        label: labelOf(p),
        cip13: p.cip13,
        cip7: p.cip7,
        reimbursement: reimbursementOf(p, medicine, pricesKnown),
        price: priceOf(p, medicine, pricesKnown),
      }),
    ),
    stopped: stopped.map((p): StoppedPresentationRow => ({ label: labelOf(p), cip13: p.cip13, cip7: p.cip7, stop: stopOf(p) })),
    notes: [...notes.values()],
  };
}
