/**
 * "Qui peut le prescrire": what the law attaches to each prescription category a medicine's
 * BDPM conditions put it in, one sentence per rule, each with its article (code de la santé
 * publique). The conditions themselves are shown as written next to these sentences; a
 * condition no article defines is said to be the AMM's own wording. Pure, tested without Astro.
 */
import type { PrescriptionCondition } from './content/medicine.ts';
import type { PrescriptionCategory } from './prescription-categories.ts';
import { removeDiacritics } from './text.ts';

type Scope = 'initial' | 'renewal' | 'all';

/** Which prescriptions a specialist condition reserves, read off the BDPM wording. */
export function specialistScope(text: string): Scope {
  const folded = removeDiacritics(text).toLowerCase();
  if (folded.startsWith('renouvellement')) return 'renewal';
  return folded.startsWith('prescription initiale') ? 'initial' : 'all';
}

const quoted = (values: string[]) => values.map((value) => `« ${value} »`).join(' ou ');

function hospitalSentences(of: (category: PrescriptionCategory) => PrescriptionCondition[], renewalReserved: boolean): string[] {
  const sentences: string[] = [];
  if (of('rh').length > 0) {
    sentences.push("Réservé à l'usage hospitalier : la prescription est réservée aux prescripteurs exerçant dans un établissement de santé (R. 5121-83).");
  }
  if (of('ph').length > 0) {
    sentences.push('Prescription hospitalière : toute prescription est réservée aux prescripteurs exerçant dans un établissement de santé (R. 5121-85).');
  }
  const pih = of('pih');
  if (pih.length > 0) {
    const renewal = renewalReserved
      ? 'le renouvellement, ouvert à tout prescripteur par R. 5121-88 2°, est ici restreint par la condition de renouvellement ci-dessous'
      : 'le renouvellement peut être fait par tout prescripteur (R. 5121-88 2°)';
    sentences.push(
      `Prescription initiale hospitalière : la prescription initiale est réservée aux prescripteurs exerçant dans un établissement de santé (R. 5121-88 1°) ; ${renewal}.`,
    );
    const periods = [...new Set(pih.map(({ detail }) => detail).filter((detail) => detail !== null))];
    sentences.push(
      periods.length > 0
        ? `La BDPM la dit ${quoted(periods)} : la prescription initiale devient caduque au terme de ce délai (R. 5121-89).`
        : "La BDPM n'indique pas de délai au terme duquel la prescription initiale devient caduque (R. 5121-89).",
    );
  }
  return sentences;
}

/** The place of practice the AMM names: an extension of PH or PIH, or, without either, the AMM's wording. */
function placeSentences(of: (category: PrescriptionCategory) => PrescriptionCondition[]): string[] {
  const sentences: string[] = [];
  if (of('lieu-prescripteur').length > 0) {
    const hospital = of('ph').length > 0 || of('pih').length > 0;
    sentences.push(
      hospital
        ? "L'AMM étend ce droit au lieu d'exercice que nomme la condition ci-dessous, comme le permettent R. 5121-85 1° et R. 5121-88 1° a)."
        : "Le lieu d'exercice que nomme la condition ci-dessous est celui que R. 5121-85 1° et R. 5121-88 1° a) prévoient pour les médicaments à prescription hospitalière ou initiale hospitalière ; la BDPM ne classe ce médicament dans aucune de ces deux catégories : la condition est le libellé de l'AMM, affiché tel qu'écrit.",
    );
  }
  return sentences;
}

function specialistSentences(prs: PrescriptionCondition[]): string[] {
  if (prs.length === 0) return [];
  const scopes = new Set(prs.map(({ text }) => specialistScope(text)));
  // "… réservée à certains spécialistes" names none: R. 5121-91 1° must not be read onto the place conditions shown beside it.
  const namesSpeciality = prs.some(({ text }) => !/certains sp[ée]cialistes\s*$/i.test(text));
  const named = namesSpeciality
    ? 'aux médecins spécialistes que nomment les conditions de cette catégorie ci-dessous, telles que la BDPM les écrit'
    : "à des médecins qualifiés dans une spécialité que désigne l'AMM";
  const unnamed = namesSpeciality ? '' : ' La BDPM ne nomme pas cette spécialité.';
  // PRS texts may carry a period ("annuelle"); R. 5121-89 defines one for PIH only.
  const periods = [...new Set(prs.map(({ text }) => /\b(annuelle|semestrielle)\b/i.exec(text)?.[1]).filter((period) => period !== undefined))];
  const period = periods.length > 0 ? ` La BDPM la dit ${quoted(periods)} : aucun article de cette catégorie ne définit ce délai.` : '';
  const sentences: string[] = [];
  if (scopes.has('initial')) {
    sentences.push(
      `Prescription réservée à certains médecins spécialistes : la prescription initiale est réservée ${named} (R. 5121-90, R. 5121-91 1°).${unnamed}${period}`,
    );
    sentences.push(
      scopes.has('renewal')
        ? 'Le renouvellement, ouvert à tout médecin par R. 5121-91 2°, est ici réservé par la condition de renouvellement ci-dessous (libellé de l’AMM).'
        : 'Le renouvellement peut être fait par tout médecin, l’ordonnance reprenant les mentions de l’ordonnance initiale (R. 5121-91 2°).',
    );
  } else if (scopes.has('all')) {
    sentences.push(
      `Prescription réservée à certains médecins spécialistes : la prescription est réservée ${named} (R. 5121-90, R. 5121-91 1°).${unnamed}${period}`,
    );
  } else {
    sentences.push('Le renouvellement de la prescription est réservé aux médecins que nomme la condition ci-dessous (libellé de l’AMM).');
  }
  return sentences;
}

function otherSentences(of: (category: PrescriptionCategory) => PrescriptionCondition[], mentionChecked: boolean): string[] {
  const sentences: string[] = [];
  if (of('sp').length > 0) {
    const who = of('sp').every(({ text }) => /^pour /i.test(text)) ? 'pour les patients que désigne la condition, ' : '';
    const here = mentionChecked
      ? 'Les autres conditions ci-dessous disent ce que le pharmacien vérifie pour ce médicament.'
      : "La BDPM ne dit pas si l'AMM de ce médicament l'exige.";
    sentences.push(
      `Surveillance particulière pendant le traitement : ${who}la prescription est subordonnée à des examens périodiques (R. 5121-94) ; l'AMM peut exiger que le prescripteur mentionne leur réalisation sur l'ordonnance (R. 5121-95), et le pharmacien s'assure alors de la présence de cette mention (R. 5121-78). ${here}`,
    );
  }
  if (of('restreinte').length > 0) {
    sentences.push('La BDPM le dit soumis à prescription restreinte sans nommer la catégorie (R. 5121-77) : elle ne dit pas qui peut le prescrire.');
  }
  if (of('libelle-amm').length > 0) {
    sentences.push(
      "Condition de prescription de l'AMM affichée telle qu'écrite : aucun article en vigueur du code de la santé publique ne définit ce libellé.",
    );
  }
  if (of('autre-loi').length > 0) {
    sentences.push(
      "Interruption volontaire de grossesse : hors établissement de santé, la prescription est réservée aux médecins, sages-femmes et centres habilités dans le cadre de l'article L. 2212-2, comme le dit la condition ci-dessous.",
    );
  }
  return sentences;
}

/** A condition that has the pharmacist check a mention or a document before dispensing. */
const CHECKED = /v[ée]rifi|mention|ordonnance avec|dosage/i;

/** The sentences of "Qui peut le prescrire", in the order of the categories; empty when no category restricts the prescriber. */
export function prescriberStatements(conditions: readonly PrescriptionCondition[]): string[] {
  const of = (category: PrescriptionCategory) => conditions.filter((condition) => condition.category === category);
  const prs = of('prs');
  const renewalReserved = prs.some(({ text }) => specialistScope(text) === 'renewal');
  const mentionChecked = of('autre').some(({ text }) => CHECKED.test(text));
  return [...hospitalSentences(of, renewalReserved), ...specialistSentences(prs), ...placeSentences(of), ...otherSentences(of, mentionChecked)];
}
