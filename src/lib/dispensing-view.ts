/**
 * "Où l'obtenir et qui peut le prescrire": the short block at the top of a medicine page.
 * Each line states what one official file says about the medicine, names that file, and
 * says so when the file is silent or not loaded. Pure, so the page only renders.
 */
import type { Manifest, Medicine, PrescriptionCondition } from './content/medicine.ts';
import { formatDate } from './format.ts';
import { type CategoryTopic, categoryInfo } from './prescription-categories.ts';
import { sourceDateText } from './source-dates.ts';
import { loadedSource } from './sources-view.ts';
import { isHospitalReserved, isMarketed, shortageLabels } from './medicine-view.ts';

export type DispensingLineKey = 'city' | 'retrocession' | 'where' | 'who' | 'prescription' | 'other' | 'availability';

export interface DispensingLine {
  key: DispensingLineKey;
  heading: string;
  /** The statement, in plain words. */
  text: string;
  /** Condition texts of the BDPM this line rests on, each linked to its explanation. */
  conditions: Array<{ text: string; href: string; label: string }>;
  /** The files the statement comes from, each with its date as the sources page states it; empty when no file says anything. */
  sources: Array<{ file: string; date: string }>;
  /** Where the regime is explained. */
  more?: { href: string; label: string };
}


function sourceOf(manifest: Manifest, id: string): DispensingLine['sources'] {
  const source = loadedSource(manifest, id);
  return source ? [{ file: source.file, date: sourceDateText(source) }] : [];
}

function conditionsOf(medicine: Medicine, topic: CategoryTopic): PrescriptionCondition[] {
  return medicine.prescriptionConditions.filter(({ category }) => categoryInfo[category].topic === topic);
}

function linked(conditions: PrescriptionCondition[]): DispensingLine['conditions'] {
  return conditions.map(({ text, category }) => ({ text, href: categoryInfo[category].href, label: categoryInfo[category].label }));
}

/** Conditions that keep a medicine out of a city pharmacy or tie it to a place; hospital administration and "pharmacie de ville" do not. */
function placeRestrictions(medicine: Medicine): PrescriptionCondition[] {
  return medicine.prescriptionConditions.filter(
    ({ category, text }) => (category === 'urgence' || category === 'lieu') && !/pharmacie de ville/i.test(text),
  );
}

function cityLine(medicine: Medicine, manifest: Manifest): DispensingLine {
  const line = (text: string, ids: string[]): DispensingLine => ({
    key: 'city',
    heading: 'En pharmacie de ville',
    text,
    conditions: [],
    sources: ids.flatMap((id) => sourceOf(manifest, id)),
  });
  if (!medicine.inBdpm) return line("Inconnu : ce médicament n'est pas dans la Base de données publique des médicaments.", []);
  // The conditions themselves are listed under "À l'hôpital ou dans un lieu désigné".
  if (isHospitalReserved(medicine)) return line("Non : réservé à l'usage hospitalier.", ['prescriptionConditions']);
  if (medicine.prescriptionConditions.some(({ category, text }) => category === 'lieu' && /usage int[ée]rieur/i.test(text))) {
    return line('Non : délivrance réservée aux pharmacies à usage intérieur (pharmacies hospitalières).', ['prescriptionConditions']);
  }
  if (!isMarketed(medicine.commercialStatus)) {
    return line(`Non : ${medicine.commercialStatus ? `« ${medicine.commercialStatus} »` : 'état de commercialisation non renseigné'} selon la BDPM.`, ['medicines']);
  }
  // Without the conditions file, a hospital reserve cannot be ruled out.
  const caveat = loadedSource(manifest, 'prescriptionConditions') ? '' : " Les conditions de prescription (CIS_CPD_bdpm.txt) ne sont pas chargées : une réserve hospitalière n'est pas exclue.";
  if (placeRestrictions(medicine).length > 0) {
    return line(`Commercialisé, mais réservé à un lieu ou à un usage désigné : voir ci-dessous.${caveat}`, ['medicines', 'prescriptionConditions']);
  }
  if (!loadedSource(manifest, 'presentations')) {
    return line(`Commercialisé ; le fichier des présentations et des prix (CIS_CIP_bdpm.txt) n'est pas chargé.${caveat}`, ['medicines']);
  }
  const marketed = medicine.presentations.filter((p) => p.commercialStatus === null || !/arr[êe]t/i.test(p.commercialStatus));
  const rates = [...new Set(marketed.map((p) => p.reimbursementRate).filter((rate) => rate !== null))].sort((a, b) => b - a);
  const priced = marketed.some((p) => p.price !== null);
  const detail =
    marketed.length === 0
      ? 'aucune présentation déclarée commercialisée dans la BDPM'
      : rates.length > 0
        ? `remboursé à ${rates.map((rate) => `${rate} %`).join(' ou ')} selon la présentation`
        : priced
          ? 'aucun taux de remboursement dans la BDPM'
          : `aucune présentation n'a de prix public ni de taux de remboursement dans la BDPM${marketed.every((p) => p.collectivities) ? ' (présentations agréées aux collectivités)' : ''}`;
  return line(`Commercialisé ; ${detail}.${caveat}`, ['medicines', 'presentations']);
}

function retrocessionLine(medicine: Medicine, manifest: Manifest): DispensingLine {
  const source = loadedSource(manifest, 'retrocession');
  const more = { href: '/regimes/retrocession/', label: 'Comprendre la rétrocession' };
  const base = { key: 'retrocession' as const, heading: 'En pharmacie hospitalière, sans être hospitalisé', conditions: [], more };
  if (!source) {
    return { ...base, text: "Inconnu : la liste de rétrocession de l'ANSM n'est pas chargée dans cette version du site.", sources: [] };
  }
  const sources = [{ file: source.file, date: sourceDateText(source) }];
  if (medicine.retrocession.length > 0) {
    const dates = medicine.retrocession.map((row) => row.inscriptionDate).filter((date) => date !== null).sort();
    const since = dates.length > 0 ? `, inscrit depuis le ${formatDate(dates[0])}` : '';
    return { ...base, text: `Oui : sur la liste de rétrocession${since}.`, sources };
  }
  const access =
    medicine.accesDerogatoire.length > 0
      ? ' Un médicament en accès précoce ou compassionnel peut toutefois être rétrocédé sans y être inscrit.'
      : '';
  // The list is joined by CIS: a row without one makes its own entry, so "not listed" is all that can be said.
  return { ...base, text: `Aucune ligne de la liste de rétrocession ne porte son code CIS.${access}`, sources };
}

function conditionLine(
  medicine: Medicine,
  manifest: Manifest,
  key: 'where' | 'who' | 'prescription' | 'other',
  heading: string,
  silent: string | null,
): DispensingLine | null {
  const conditions = conditionsOf(medicine, key);
  const sources = sourceOf(manifest, 'prescriptionConditions');
  if (!medicine.inBdpm) return null;
  if (sources.length === 0) {
    return key === 'who'
      ? { key, heading, text: "Inconnu : le fichier des conditions de prescription (CIS_CPD_bdpm.txt) n'est pas chargé.", conditions: [], sources }
      : null;
  }
  if (conditions.length === 0) {
    if (silent === null) return null;
    // A condition the site files under "autres" may still say something on this subject.
    const others = conditionsOf(medicine, 'other').length > 0 ? ' Lire aussi les autres conditions ci-dessous.' : '';
    return { key, heading, text: `${silent}${others}`, conditions: [], sources };
  }
  return { key, heading, text: '', conditions: linked(conditions), sources };
}

function availabilityLine(medicine: Medicine, manifest: Manifest): DispensingLine {
  const sources = sourceOf(manifest, 'shortages');
  const base = { key: 'availability' as const, heading: 'Disponibilité', conditions: [] };
  if (sources.length === 0) {
    return { ...base, text: "Inconnu : le fichier des ruptures et tensions de l'ANSM n'est pas chargé.", sources };
  }
  if (!medicine.shortageState) {
    // The shortage file names medicines by CIS: it cannot speak of one without.
    if (medicine.cis === null) return { ...base, text: "Inconnu : le fichier des ruptures désigne les médicaments par leur code CIS, que ce médicament n'a pas.", sources: [] };
    return { ...base, text: "Aucune rupture, tension ni arrêt signalé pour ce médicament dans le fichier de l'ANSM.", sources };
  }
  const states = medicine.shortages.map((shortage) => {
    const dates = [
      shortage.startDate && `depuis le ${formatDate(shortage.startDate)}`,
      shortage.availableAgainDate && `remise à disposition le ${formatDate(shortage.availableAgainDate)}`,
      shortage.updatedDate && `mis à jour le ${formatDate(shortage.updatedDate)}`,
    ].filter(Boolean);
    const scope = shortage.cip13 ? ` (présentation ${shortage.cip13})` : '';
    return `${shortageLabels[shortage.state]}${scope}${dates.length > 0 ? `, ${dates.join(', ')}` : ''}`;
  });
  return { ...base, text: `${states.join(' ; ')}.`, sources, more: { href: '#disponibilite', label: 'Détail des signalements' } };
}

export function dispensingLinesOf(medicine: Medicine, manifest: Manifest): DispensingLine[] {
  const lines: Array<DispensingLine | null> = [
    cityLine(medicine, manifest),
    retrocessionLine(medicine, manifest),
    conditionLine(medicine, manifest, 'where', "À l'hôpital ou dans un lieu désigné", null),
    conditionLine(medicine, manifest, 'who', 'Qui peut le prescrire', 'Aucune condition de la BDPM ne réserve la prescription à un prescripteur ou à un service.'),
    conditionLine(
      medicine,
      manifest,
      'prescription',
      'Ordonnance',
      'Aucune condition de la BDPM ne classe ce médicament sur la liste I, la liste II ou comme stupéfiant.',
    ),
    conditionLine(medicine, manifest, 'other', 'Autres conditions', null),
    availabilityLine(medicine, manifest),
  ];
  return lines.filter((line) => line !== null);
}

/** "CIS_CPD_bdpm.txt, mis à jour le 04/07/2025". */
export function describeSource({ file, date }: { file: string; date: string }): string {
  return `${file}, ${date}`;
}
