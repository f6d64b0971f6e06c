/**
 * "Où l'obtenir et qui peut le prescrire": the short block at the top of a medicine page.
 * Each line states what one official file says about the medicine, names that file, and
 * says so when the file is silent or not loaded. Pure, so the page only renders.
 */
import type { Medicine, PrescriptionCondition, Shortage } from './content/medicine.ts';
import type { Manifest, SourceId } from './content/manifest.ts';
import { formatDate } from './format.ts';
import { type CategoryTopic, categoryInfo } from './prescription-categories.ts';
import { sourceDateText } from './source-dates.ts';
import { isPackageFile, loadedSource, pricesLoaded } from './sources-view.ts';
import { isDiscontinued, isMarketed } from './commercial-status.ts';
import { isHospitalReserved } from './medicine-view.ts';
import { shortageLabels } from './labels.ts';
import { explanationPath, regimePagePath } from './addresses.ts';
import { lists } from './lists/registry.ts';
import { prescriberStatements } from './prescriber-view.ts';

type DispensingLineKey = 'city' | 'retrocession' | 'where' | 'who' | 'prescription' | 'other' | 'header' | 'availability';

export interface DispensingLine {
  key: DispensingLineKey;
  heading: string;
  /** The statement, in plain words. */
  text: string;
  /** What the law attaches to the medicine's categories, one sentence each with its article. */
  statements?: string[];
  /** Condition texts of the BDPM this line rests on, each linked to its explanation. */
  conditions: Array<{ text: string; href: string; label: string }>;
  /** The files the statement comes from, each with its date as the sources page states it; empty when no file says anything. */
  sources: Array<{ file: string; date: string }>;
  /** Where the regime is explained. */
  more?: { href: string; label: string };
}

function sourceOf(manifest: Manifest, id: SourceId): DispensingLine['sources'] {
  const source = loadedSource(manifest, id);
  return source ? [{ file: source.file, date: sourceDateText(source) }] : [];
}

function conditionsOf(medicine: Medicine, topic: CategoryTopic): PrescriptionCondition[] {
  return medicine.prescriptionConditions.filter(({ category }) => categoryInfo[category].topic === topic);
}

function linked(conditions: PrescriptionCondition[]): DispensingLine['conditions'] {
  return conditions.map(({ text, category }) => ({ text, href: explanationPath(categoryInfo[category].explanation), label: categoryInfo[category].label }));
}

const CITY = /pharmacie de ville/i;

/** Conditions that keep a medicine out of a city pharmacy or tie it to a place; hospital administration and "pharmacie de ville" do not. */
function placeRestrictions(medicine: Medicine): PrescriptionCondition[] {
  return medicine.prescriptionConditions.filter(({ category, text }) => (category === 'urgence' || category === 'lieu') && !CITY.test(text));
}

/** "délivrance réservée aux pharmacies à usage intérieur": dispensed by hospital pharmacies only. */
function hospitalPharmacyOnly(medicine: Medicine): PrescriptionCondition | undefined {
  return medicine.prescriptionConditions.find(({ category, text }) => category === 'lieu' && /usage int[ée]rieur/i.test(text));
}

/**
 * The BDPM writes "Commercialisée" or "Non commercialisée" and nothing else; any other value, or
 * none, leaves the answer unknown rather than "no". The datapackage has no such text: its
 * availability code was read as one (scripts/sources/datapackage/codes.ts), so it is not quoted.
 */
function notMarketedText(status: string | null, file: string | undefined): string {
  const where = file ?? 'le fichier des médicaments';
  if (status === null) return `Inconnu : état de commercialisation non renseigné dans ${where}.`;
  if (!/^non commercialis/i.test(status)) return `Inconnu : état de commercialisation « ${status} » dans ${where}, que ce site ne sait pas lire.`;
  if (file !== undefined && isPackageFile(file)) return `Non : non commercialisé, selon la disponibilité que déclare ${file} (datapackage ANSM Open Data).`;
  return `Non : « ${status} » selon la BDPM.`;
}

function cityLine(medicine: Medicine, manifest: Manifest): DispensingLine {
  const line = (text: string, ids: SourceId[]): DispensingLine => ({
    key: 'city',
    heading: 'En pharmacie de ville',
    text,
    conditions: [],
    sources: ids.flatMap((id) => sourceOf(manifest, id)),
  });
  if (!medicine.inBdpm) return line("Inconnu : ce médicament n'est pas dans la Base de données publique des médicaments.", []);
  // The conditions themselves are listed under "Lieu de délivrance, d'usage ou d'administration".
  if (isHospitalReserved(medicine))
    return line("Non : réservé à l'usage hospitalier, il n'est délivré que par les pharmacies à usage intérieur (R. 5121-83, 2°).", ['prescriptionConditions']);
  if (hospitalPharmacyOnly(medicine)) {
    return line('Non : délivrance réservée aux pharmacies à usage intérieur (pharmacies hospitalières).', ['prescriptionConditions']);
  }
  if (!isMarketed(medicine.commercialStatus)) return line(notMarketedText(medicine.commercialStatus, loadedSource(manifest, 'medicines')?.file), ['medicines']);
  // Without the conditions file, a hospital reserve cannot be ruled out.
  const caveat = loadedSource(manifest, 'prescriptionConditions')
    ? ''
    : " Les conditions de prescription (CIS_CPD_bdpm.txt) ne sont pas chargées : une réserve hospitalière n'est pas exclue.";
  // A text saying city pharmacies dispense it settles the question, whatever other place also does.
  const city = medicine.prescriptionConditions.filter(({ category, text }) => category === 'lieu' && CITY.test(text));
  const places = placeRestrictions(medicine);
  const cityFiles: SourceId[] = city.length > 0 ? ['prescriptionConditions'] : [];
  const yes =
    city.length > 0
      ? `Oui : « ${city[0].text} » selon la BDPM${places.length > 0 ? `, qui indique aussi ${places.map(({ text }) => `« ${text} »`).join(', ')}` : ''}. `
      : '';
  if (city.length === 0 && places.length > 0) {
    return line(`Commercialisé, mais réservé à un lieu ou à un usage désigné : voir ci-dessous.${caveat}`, ['medicines', 'prescriptionConditions']);
  }
  if (!loadedSource(manifest, 'presentations')) {
    return line(`${yes}Commercialisé ; le fichier des présentations et des prix (CIS_CIP_bdpm.txt) n'est pas chargé.${caveat}`, ['medicines', ...cityFiles]);
  }
  const marketed = medicine.presentations.filter((p) => !isDiscontinued(p));
  if (!pricesLoaded(manifest) && marketed.length > 0) {
    return line(
      `${yes}Commercialisé ; prix et taux de remboursement non chargés : le fichier des présentations lu (datapackage ANSM Open Data) n'en porte pas.${caveat}`,
      ['medicines', 'presentations', ...cityFiles],
    );
  }
  const rates = [...new Set(marketed.map((p) => p.reimbursementRate).filter((rate) => rate !== null))].sort((a, b) => b - a);
  const priced = marketed.some((p) => p.price !== null);
  const detail =
    medicine.presentations.length === 0
      ? `le fichier des présentations (${loadedSource(manifest, 'presentations')?.file ?? 'CIS_CIP_bdpm.txt'}) ne donne aucune présentation pour ce médicament`
      : marketed.length === 0
        ? 'aucune présentation déclarée commercialisée dans la BDPM'
        : rates.length > 0
          ? `remboursé à ${rates.map((rate) => `${rate} %`).join(' ou ')} selon la présentation`
          : priced
            ? 'aucun taux de remboursement dans la BDPM'
            : `aucune présentation n'a de prix public ni de taux de remboursement dans la BDPM${marketed.every((p) => p.collectivities) ? ' (présentations agréées aux collectivités)' : ''}`;
  return line(`${yes}Commercialisé ; ${detail}.${caveat}`, ['medicines', 'presentations', ...cityFiles]);
}

const RH_COMPASSIONATE_UNKNOWN =
  " Le référentiel des accès dérogatoires de l'ANSM n'est pas chargé dans cette version du site : un accès ou un cadre de prescription compassionnels (AAC, CPC), que L. 5126-6 répute inscrits sur la liste, n'est pas exclu.";

/** L. 5126-6 writes no RH exclusion for AAC and CPC, while R. 5126-59 keeps RH medicines off the list: the texts read do not settle it. */
const RH_DEEMED_OPEN =
  " Comment cette inscription réputée se combine avec la réserve hospitalière (R. 5126-59, I, 3°) n'est pas tranché par les textes que nous avons lus.";

function retrocessionLine(medicine: Medicine, manifest: Manifest): DispensingLine {
  const sources = sourceOf(manifest, 'retrocession');
  const more = { href: regimePagePath(lists.retrocession.regime), label: 'Comprendre la rétrocession' };
  const base = { key: 'retrocession' as const, heading: 'En pharmacie hospitalière, sans être hospitalisé', conditions: [], more };
  const access = deemedListed(medicine);
  const accessSources = access ? sourceOf(manifest, 'accesDerogatoire') : [];
  // R. 5126-59, I, 3°: an RH medicine cannot be put on the list. Whether AAC or CPC still makes
  // it deemed listed (L. 5126-6 writes no RH exclusion for them) is left to deemedListed.
  if (isHospitalReserved(medicine) && medicine.retrocession.length === 0 && !medicine.accesDerogatoire.some(({ type }) => type !== 'AAP')) {
    // Without the référentiel an AAC or CPC, deemed listed by L. 5126-6, cannot be ruled out: no flat "Non".
    const accessLoaded = Boolean(loadedSource(manifest, 'accesDerogatoire'));
    const answer = accessLoaded ? 'Non' : 'Pas par inscription sur la liste';
    return {
      ...base,
      text: `${answer} : la BDPM le réserve à l'usage hospitalier, et un médicament de cette catégorie ne peut pas être inscrit sur la liste de rétrocession (R. 5126-59, I, 3°).${access}${accessLoaded ? '' : RH_COMPASSIONATE_UNKNOWN}`,
      sources: [...sourceOf(manifest, 'prescriptionConditions'), ...sources, ...accessSources],
    };
  }
  if (sources.length === 0) {
    const pui = hospitalPharmacyOnly(medicine);
    const unknown = "la liste de rétrocession de l'ANSM n'est pas chargée dans cette version du site";
    if (!pui) return { ...base, text: `Inconnu : ${unknown}.${access}`, sources: accessSources };
    return {
      ...base,
      text: `La BDPM réserve sa délivrance aux pharmacies à usage intérieur (« ${pui.text} ») ; un patient non hospitalisé ne peut l'y obtenir que si le médicament figure sur la liste de rétrocession ou y est réputé inscrit (L. 5126-6) : ${unknown}.${access}`,
      sources: [...sourceOf(manifest, 'prescriptionConditions'), ...accessSources],
    };
  }
  if (medicine.retrocession.length > 0) {
    const dates = medicine.retrocession
      .map((row) => row.inscriptionDate)
      .filter((date) => date !== null)
      .sort();
    const since = dates.length > 0 ? `, inscrit depuis le ${formatDate(dates[0])}` : '';
    return { ...base, text: `Oui : sur la liste de rétrocession${since}.`, sources };
  }
  // The list is joined by CIS: a row without one makes its own entry, so "not listed" is all that can be said.
  return { ...base, text: `Aucune ligne de la liste de rétrocession ne porte son code CIS.${access}`, sources: [...sources, ...accessSources] };
}

/**
 * L. 5126-6, 1°, second paragraph: medicines under an early access authorisation (AAP) that are
 * not réservés à l'usage hospitalier, and those under a compassionate authorisation or framework
 * (AAC, CPC), are deemed listed for rétrocession. An RH medicine under AAP is not.
 */
function deemedListed(medicine: Medicine): string {
  const types = new Set(medicine.accesDerogatoire.map(({ type }) => type));
  const sentences: string[] = [];
  const rule =
    "L. 5126-6 répute inscrits sur la liste de rétrocession les médicaments en accès précoce non réservés à l'usage hospitalier, et ceux en accès ou cadre de prescription compassionnels";
  if (types.has('AAP')) {
    sentences.push(
      isHospitalReserved(medicine)
        ? ` Le référentiel des accès dérogatoires de l'ANSM le cite en accès précoce (AAP), mais la BDPM le réserve à l'usage hospitalier : ${rule} ; ce médicament n'est donc pas réputé inscrit à ce titre.`
        : ` Le référentiel des accès dérogatoires de l'ANSM le cite en accès précoce (AAP) : ${rule} ; il l'est donc pendant cet accès (statut et dates plus bas).`,
    );
  }
  const compassionate = (['AAC', 'CPC'] as const).filter((type) => types.has(type));
  if (compassionate.length > 0) {
    sentences.push(
      ` Le référentiel des accès dérogatoires de l'ANSM le cite en ${compassionate.join(' et en ')} : ${types.has('AAP') ? 'à ce titre, L. 5126-6 le répute' : `${rule} ; il est donc réputé`} inscrit pendant cet accès (statut et dates plus bas).${isHospitalReserved(medicine) ? RH_DEEMED_OPEN : ''}`,
    );
  }
  return sentences.join('');
}

function conditionLine(
  medicine: Medicine,
  manifest: Manifest,
  key: 'where' | 'who' | 'prescription' | 'other' | 'header',
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
  // Who may prescribe follows from the categories by law, even with no text naming a prescriber (RH).
  const statements = key === 'who' ? prescriberStatements(medicine.prescriptionConditions) : [];
  if (statements.length > 0) return { key, heading, text: '', statements, conditions: linked(conditions), sources };
  if (key === 'header' && conditions.length > 0) {
    const text = `Ces lignes introduisent ou complètent d'autres conditions de ce médicament ; ${sources[0].file}, trié par texte, ne dit pas lesquelles : elles ne sont pas comptées comme des conditions.`;
    return { key, heading, text, conditions: linked(conditions), sources };
  }
  if (conditions.length === 0) {
    if (silent === null) return null;
    // A condition the site files under "autres" may still say something on this subject.
    const others = conditionsOf(medicine, 'other').length > 0 ? ' Lire aussi les autres conditions ci-dessous.' : '';
    return { key, heading, text: `${silent}${others}`, conditions: [], sources };
  }
  return { key, heading, text: '', conditions: linked(conditions), sources };
}

/**
 * The dates of one shortage report, each said once: for a report of "remise à disposition" the
 * file's start date is most often the date of the remise itself, which must not read as a second event.
 */
export function shortageDates(shortage: Pick<Shortage, 'state' | 'startDate' | 'updatedDate' | 'availableAgainDate'>): string {
  const main = shortage.state === 'remise' ? shortage.availableAgainDate : shortage.startDate;
  const lead = main ? (shortage.state === 'remise' ? ` le ${formatDate(main)}` : ` depuis le ${formatDate(main)}`) : '';
  const details = [
    shortage.startDate && shortage.startDate !== main && `signalement du ${formatDate(shortage.startDate)}`,
    shortage.updatedDate && shortage.updatedDate !== main && `mis à jour le ${formatDate(shortage.updatedDate)}`,
  ].filter(Boolean);
  return `${lead}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

function availabilityLine(medicine: Medicine, manifest: Manifest): DispensingLine {
  const sources = sourceOf(manifest, 'shortages');
  const base = { key: 'availability' as const, heading: 'Disponibilité', conditions: [] };
  if (sources.length === 0) {
    return { ...base, text: "Inconnu : le fichier des ruptures et tensions de l'ANSM n'est pas chargé.", sources };
  }
  if (!medicine.shortageState) {
    // The shortage file names medicines by CIS: it cannot speak of one without.
    if (medicine.cis === null)
      return { ...base, text: "Inconnu : le fichier des ruptures désigne les médicaments par leur code CIS, que ce médicament n'a pas.", sources: [] };
    return { ...base, text: "Aucune rupture, tension ni arrêt signalé pour ce médicament dans le fichier de l'ANSM.", sources };
  }
  const states = medicine.shortages.map((shortage) => {
    const scope = shortage.cip13 ? ` (présentation ${shortage.cip13})` : '';
    return `${shortageLabels[shortage.state]}${scope}${shortageDates(shortage)}`;
  });
  return { ...base, text: `${states.join(' ; ')}.`, sources, more: { href: '#disponibilite', label: 'Détail des signalements' } };
}

export function dispensingLinesOf(medicine: Medicine, manifest: Manifest): DispensingLine[] {
  const lines: Array<DispensingLine | null> = [
    cityLine(medicine, manifest),
    retrocessionLine(medicine, manifest),
    // City pharmacies are among the places a text may name (methadone), so the heading does not say "hôpital".
    conditionLine(medicine, manifest, 'where', "Lieu de délivrance, d'usage ou d'administration", null),
    conditionLine(
      medicine,
      manifest,
      'who',
      'Qui peut le prescrire',
      'Aucune condition de la BDPM ne réserve la prescription à un prescripteur ou à un service.',
    ),
    conditionLine(
      medicine,
      manifest,
      'prescription',
      'Ordonnance',
      'Aucune condition de la BDPM ne classe ce médicament sur la liste I, la liste II ou comme stupéfiant.',
    ),
    conditionLine(medicine, manifest, 'other', 'Autres conditions', null),
    conditionLine(medicine, manifest, 'header', "Lignes d'introduction ou de complément", null),
    availabilityLine(medicine, manifest),
  ];
  return lines.filter((line) => line !== null);
}

/** "CIS_CPD_bdpm.txt, mis à jour le 04/07/2025". */
export function describeSource({ file, date }: { file: string; date: string }): string {
  return `${file}, ${date}`;
}
