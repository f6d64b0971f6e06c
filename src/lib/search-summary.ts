/**
 * What Pagefind indexes for a medicine page: a short summary in plain sentences (name,
 * form, routes, holders, composition, list entries, codes), instead of the page itself,
 * whose tables, definition lists and repeated explanations ran words together in the
 * excerpts and put the same boilerplate words on every page of the index. Pure.
 */
import { componentText } from './composition.ts';
import type { Medicine } from './content/medicine.ts';
import { badgesOf } from './medicine-view.ts';
import { accessLabels } from './labels.ts';
import { categoryInfo } from './prescription-categories.ts';
import { distinctValues } from './text.ts';

/** A piece of a line; codes carry a weight so that typing one finds its medicine first. */
interface SummaryPart {
  text: string;
  weight?: number;
}

/** Lines in reading order; each ends with a full stop (the codes, last, excepted) so that no two run together. */
export type SummaryLine = SummaryPart[];

/** Weight of the medicine's name, as Pagefind gives a page's main heading. */
export const NAME_WEIGHT = 7;
/** Weight of the codes (CIS, CIP, UCD). */
export const CODE_WEIGHT = 10;

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
const plain = (text: string): SummaryLine => [{ text: sentence(text) }];

/** Codes as « label code · label code. », each code weighted (Pagefind puts a space after each weighted code). */
function codesLine(codes: Array<[string, string]>): SummaryLine {
  const line: SummaryLine = [];
  codes.forEach(([label, code], index) => {
    line.push({ text: `${index === 0 ? '' : ' · '}${label} ` }, { text: code, weight: CODE_WEIGHT });
  });
  // No closing full stop: Pagefind would set it apart after the last code (« 60000001 . »); this line comes last.
  return line;
}

export function searchSummaryOf(medicine: Medicine): SummaryLine[] {
  const lines: SummaryLine[] = [[{ text: sentence(medicine.name), weight: NAME_WEIGHT }]];
  const form = [medicine.form, medicine.routes.length > 0 ? `voie ${medicine.routes.join(', ')}` : null].filter(Boolean).join(', ');
  if (form) lines.push(plain(form.charAt(0).toUpperCase() + form.slice(1)));
  // Each dose with its reference quantity, in the medicine page's words (« 2 mg pour 1 ml de solution »).
  const substances = distinctValues(medicine.substances.map((s) => componentText(s, ' ')));
  if (substances.length > 0) lines.push(plain(`Composition : ${substances.join(', ')}`));
  const holders = distinctValues([
    ...medicine.holders,
    ...medicine.retrocession.map((row) => row.laboratory),
    ...medicine.accesDerogatoire.map((a) => a.laboratory),
  ]);
  if (holders.length > 0) lines.push(plain(`Titulaire : ${holders.join(', ')}`));
  const otherNames = distinctValues([
    ...medicine.retrocession.map((row) => row.name),
    ...medicine.accesDerogatoire.map((a) => a.name),
    medicine.mitm?.name,
  ]).filter((name) => name !== medicine.name);
  if (otherNames.length > 0) lines.push(plain(`Aussi inscrit sous : ${otherNames.join(' ; ')}`));
  const listSubstances = distinctValues([...medicine.retrocession.map((row) => row.substance), ...medicine.accesDerogatoire.map((a) => a.substance)]);
  if (listSubstances.length > 0) lines.push(plain(`Substance : ${listSubstances.join(', ')}`));
  // The badges' words (« MITM », « rupture », « rétrocession »…), so that they can be typed with a name.
  const badges = badgesOf(medicine).map((badge) =>
    badge.key in accessLabels ? `${badge.label} (${accessLabels[badge.key as keyof typeof accessLabels]})` : badge.label,
  );
  if (badges.length > 0) lines.push(plain(badges.join(', ')));
  // The regimes of its prescription conditions (« Liste I », « Stupéfiant », « Réservé à l'usage hospitalier »…).
  const regimes = distinctValues(
    medicine.prescriptionConditions.filter(({ category }) => categoryInfo[category].searchable).map(({ category }) => categoryInfo[category].label),
  );
  if (regimes.length > 0) lines.push(plain(`Conditions de prescription : ${regimes.join(', ')}`));
  for (const access of medicine.accesDerogatoire) {
    if (access.indication) lines.push(plain(`${access.type} : ${access.indication}`));
  }
  if (medicine.mitm?.atc) lines.push(plain(`Classe ATC ${medicine.mitm.atc}`));
  const codes: Array<[string, string]> = [];
  if (medicine.cis) codes.push(['CIS', medicine.cis]);
  for (const p of medicine.presentations) codes.push(['CIP13', p.cip13], ['CIP7', p.cip7]);
  for (const code of distinctValues([...medicine.retrocession.map((row) => row.ucd), ...medicine.accesDerogatoire.map((a) => a.ucd)]))
    codes.push(['UCD', code]);
  const presentationCodes = new Set(codes.map(([, code]) => code));
  for (const code of distinctValues(medicine.retrocession.map((row) => row.cip13))) if (!presentationCodes.has(code)) codes.push(['CIP13', code]);
  if (codes.length > 0) lines.push(codesLine(codes));
  return lines;
}
