/**
 * Sorts each prescription or dispensing condition text of CIS_CPD_bdpm.txt into a category
 * (src/lib/prescription-categories.ts). Every rule is tried: a text matched by rules of two
 * categories stops the build (ConditionRuleConflict), so the order of the rules decides
 * nothing. A text no rule matches is kept as "non-classe" and shown as written. The rules
 * match the BDPM's own wording (169 distinct texts in the July 2025 and January 2026 files),
 * not paraphrases; docs/prescription-conditions.md lists every text with its category.
 */
import { type PrescriptionCategory, prescriptionCategories } from '../../../src/lib/prescription-categories.ts';
import { foldAccentsKeepingLength } from '../../../src/lib/text.ts';

export interface ClassifiedCondition {
  text: string;
  category: PrescriptionCategory;
  /** What the category leaves open, in the file's words: period, specialty, duration. */
  detail: string | null;
}

export interface ConditionRule {
  /** Names the rule in a conflict message and in the reviewed table. */
  name: string;
  category: PrescriptionCategory;
  /** Tested against the text lower-cased, without accents, spaces collapsed. */
  pattern: RegExp;
  /** Which capture group of the pattern, in the original text, is the detail. */
  detail?: number;
}

/** Two rules of different categories match one text: the table must be made disjoint, not ordered. */
export class ConditionRuleConflict extends Error {
  constructor(text: string, rules: ConditionRule[]) {
    super(
      `condition « ${text} » reconnue par des règles de catégories différentes : ${rules.map((rule) => `${rule.name} (${rule.category})`).join(', ')} ; ` +
        'rendre les règles disjointes dans scripts/lib/classify/prescription-conditions.ts',
    );
    this.name = 'ConditionRuleConflict';
  }
}

const rule = (name: string, category: PrescriptionCategory, pattern: RegExp, detail?: number): ConditionRule => ({ name, category, pattern, detail });

export const conditionRules: readonly ConditionRule[] = [
  // The five restricted-prescription categories (code de la santé publique, R. 5121-77 to R. 5121-95).
  rule('usage-hospitalier', 'rh', /^reserve a l'usage hospitalier$/),
  rule('prescription-hospitaliere', 'ph', /^prescription hospitaliere$/),
  rule('prescription-initiale-hospitaliere', 'pih', /^prescription initiale hospitaliere(?: (annuelle|semestrielle|trimestrielle))?$/, 1),
  // R. 5121-90, R. 5121-91: the speciality as the AMM writes it ("compétents", "titulaires" included).
  rule('specialistes-prescription-initiale', 'prs', /^prescription initiale (?:(annuelle|semestrielle) )?reservee a certains specialistes$/, 1),
  rule('specialistes-et-services-prescription-initiale', 'prs', /^prescription initiale (?:annuelle )?reservee aux specialistes et services (.+)$/, 1),
  rule('specialistes', 'prs', /^prescription reservee aux specialistes(?: et services| en| autorises)? (.+)$/, 1),
  rule('medecins-competents', 'prs', /^prescription reservee aux medecins competents(?: en)? (.+)$/, 1),
  rule(
    'capacite-gerontologie',
    'prs',
    /^prescription reservee aux (medecins specialistes ou qualifies en medecine generale titulaires de la capacite de gerontologie)$/,
    1,
  ),
  rule('formation-specialisee-transversale', 'prs', /^prescription reservee aux titulaires de la (formation specialisee transversale .+)$/, 1),
  rule('renouvellement-specialistes', 'prs', /^renouvellement de la prescription reserve aux (?:specialistes|medecins competents) en (.+)$/, 1),
  rule('surveillance-particuliere', 'sp', /^(?:medicament necessitant une )?surveillance particuliere pendant le traitement$/),
  rule('prescription-restreinte', 'restreinte', /^medicament soumis a prescription medicale restreinte$/),
  // R. 5121-96.
  rule('usage-urgence', 'urgence', /^reserve a l'usage en situation d'urgence\b/),
  rule('assistance-medicale-mobile', 'urgence', /^reserve a une structure d'assistance medicale mobile ou de rapatriement sanitaire$/),
  // Places where R. 5121-85 1° (PH) and R. 5121-88 1° a) (PIH) let the AMM extend prescription.
  rule('lieu-transfusion', 'lieu-prescripteur', /^prescription par un medecin exercant dans un etablissement de transfusion sanguine$/),
  rule(
    'lieu-csapa',
    'lieu-prescripteur',
    /^prescription reservee aux medecins exercant dans les centres de soins d'accompagnement et de prevention en addictologie \(csapa\)\.?$/,
  ),
  // Prescriber conditions in the AMM's own wording that no current article defines.
  rule('dialyse-a-domicile', 'libelle-amm', /^prescription initiale par un medecin exercant dans un service de dialyse a domicile$/),
  rule('centres-du-sommeil', 'libelle-amm', /^prescription reservee aux medecins exercant dans les centres du sommeil$/),
  rule(
    'soins-aux-toxicomanes',
    'libelle-amm',
    /^prescription reservee aux medecins exercant dans les services hospitaliers specialises dans les soins aux toxicomanes$/,
  ),
  rule('soins-intensifs', 'libelle-amm', /^prescription reservee aux unites de soins intensifs en (.+)$/, 1),
  rule(
    'medecins-hospitaliers-consultation',
    'libelle-amm',
    /^prescription reservee aux medecins hospitaliers a l'occasion d'une hospitalisation, d'une consultation ou en milieu penitentiaire$/,
  ),
  // Authorisation under another law: voluntary termination of pregnancy (L. 2212-2).
  rule(
    'ivg-l2212-2',
    'autre-loi',
    /^hors etablissement de sante : prescription reservee aux medecins, sages-femmes et centres habilites conformement a l'article l\. ?2212-2\b/,
  ),
  // Prescription lists and stupéfiants (R. 5132-1 and following).
  rule('liste-i', 'liste-i', /^liste i$/),
  rule('liste-ii', 'liste-ii', /^liste ii$/),
  rule('stupefiants', 'stupefiants', /^stupefiants$/),
  rule('ordonnance-securisee', 'ordonnance-securisee', /^prescription (?:en toutes lettres )?sur ordonnance securisee$/),
  rule('duree', 'duree', /^prescription limitee a (.+)$/, 1),
  rule('delivrance-fractionnee', 'fractionnement', /^delivrance fractionnee de (.+)$/, 1),
  rule('chevauchement', 'fractionnement', /^chevauchement interdit\b/),
  rule('renouvellement-non-restreint', 'renouvellement', /^renouvellement non restreint$/),
  rule('non-renouvelable', 'renouvellement', /^ne peut etre obtenu que sur prescription medicale non renouvelable$/),
  // Where it is dispensed or used.
  rule('lieu-delivrance', 'lieu', /^delivrance (?:reservee aux|effectuee par) (.+)$/, 1),
  rule('usage-professionnel', 'lieu', /^reserve a l'usage (professionnel)\b/, 1),
  rule('usage-militaire', 'lieu', /^reserve a l'usage (militaire)\b/, 1),
  rule('centres-de-vaccination', 'lieu', /^(?:medicament )?reserve aux centres de vaccination\b/),
  rule(
    'administration-hopital',
    'administration-hopital',
    /administrations?\b.* (?:en milieu hospitalier|dans un etablissement de (?:sante|transfusion sanguine))\b/,
  ),
  // R. 5121-96, second paragraph: the AMM may reserve emergency administration to some prescribers.
  rule('administration-medecin', 'administration-medecin', /^administration par tout medecin specialiste en .+$/),
  // Conditions of their own kind: patient consent, booklets, tests, mentions.
  rule(
    'autres-conditions',
    'autre',
    /^(?:prescription necessitant|prescription et delivrance subordonnees|delivrance (?:ne pouvant|apres|ne peut)|la (?:prescription necessite|delivrance ne peut|premiere delivrance)|mise a jour du carnet|un livret|ordonnance avec|dosage |conservation d'une copie|a ne prendre|dispositions particulieres|voir programme de prevention)/,
  ),
  rule('prescription-medicale', 'autre', /^medicament soumis a prescription medicale(?:, en attente de notification de la blue box)?$/),
  // Lines that introduce or complete other lines; the file, sorted by text, does not say which.
  rule('en-tete-pour', 'en-tete', /^pour [^:]+:$/),
  rule('complement-frequence', 'en-tete', /^a l'initiation du traitement et une fois par an$/),
];

/** "pour les femmes … : <condition>": the condition after the colon decides the category. */
const FOR_WHOM = /^pour [^:]+ : (?=\S)/;

/** Lower case, no accents, one space between words; same length as the input. */
function normalise(text: string): string {
  // The Windows-1252 apostrophe read as a control character, and the typographic one.
  return foldAccentsKeepingLength(text.replace(/[\u0092\u2019]/g, "'")).toLowerCase();
}

/** The original wording of a capture: the normalised text keeps the original's length. */
function captured(match: RegExpExecArray, group: number, original: string | null): string | null {
  const indices = match.indices?.[group];
  if (!indices || original === null) return null;
  return original.slice(indices[0], indices[1]).trim() || null;
}

/** The rules with the "d" flag, for capture positions; built once per table. */
const withIndices = new WeakMap<readonly ConditionRule[], Array<{ rule: ConditionRule; pattern: RegExp }>>();
function flaggedRules(rules: readonly ConditionRule[]) {
  let flagged = withIndices.get(rules);
  if (!flagged) {
    flagged = rules.map((candidate) => ({ rule: candidate, pattern: new RegExp(candidate.pattern.source, `${candidate.pattern.flags}d`) }));
    withIndices.set(rules, flagged);
  }
  return flagged;
}

/** The category of a text by the site's rules. */
export function classifyCondition(text: string): ClassifiedCondition {
  return classifyWithRules(text, conditionRules);
}

/** Every rule that recognises a text, read as the classifier reads it ("pour … :" prefix set aside). */
function matchingRules(
  text: string,
  rules: readonly ConditionRule[],
): { matches: Array<{ rule: ConditionRule; match: RegExpExecArray }>; comparable: string | null } {
  // Matching runs on a normalised copy of the same length, so captures map back to the original.
  const original = text.trim().replace(/\s+/g, ' ');
  const normalised = normalise(original);
  const comparable = normalised.length === original.length ? original : null;
  const forWhom = FOR_WHOM.exec(normalised);
  if (forWhom && comparable) return matchingRules(original.slice(forWhom[0].length), rules);
  const matches = flaggedRules(rules).flatMap(({ rule: matched, pattern }) => {
    const match = pattern.exec(normalised);
    return match ? [{ rule: matched, match }] : [];
  });
  return { matches, comparable };
}

/** The site's rules that recognise a text (the reviewed table names the rule behind each text). */
export function rulesRecognising(text: string): ConditionRule[] {
  return matchingRules(text, conditionRules).matches.map(({ rule: matched }) => matched);
}

/** The category of a text by the given rules (the site's, or a test's for the conflict check). */
export function classifyWithRules(text: string, rules: readonly ConditionRule[]): ClassifiedCondition {
  const { matches, comparable } = matchingRules(text, rules);
  if (matches.length === 0) return { text, category: 'non-classe', detail: null };
  const details = new Set(matches.map(({ rule: matched, match }) => (matched.detail ? captured(match, matched.detail, comparable) : null)));
  if (new Set(matches.map(({ rule: matched }) => matched.category)).size > 1 || details.size > 1) {
    throw new ConditionRuleConflict(
      text,
      matches.map(({ rule: matched }) => matched),
    );
  }
  return { text, category: matches[0].rule.category, detail: [...details][0] };
}

/** Header lines are shown, not counted as conditions (coverage, filters, lists). */
export function isCountedCondition({ category }: { category: PrescriptionCategory }): boolean {
  return category !== 'en-tete';
}

export interface ConditionCoverage {
  category: PrescriptionCategory;
  texts: number;
  medicines: number;
}

/** Distinct texts and medicines per category, in category order; the header lines apart; the unclassified texts by name. */
export function conditionCoverage(conditionsByMedicine: ReadonlyArray<readonly ClassifiedCondition[]>): {
  categories: ConditionCoverage[];
  headers: string[];
  unclassified: string[];
} {
  const texts = new Map<PrescriptionCategory, Set<string>>();
  const medicines = new Map<PrescriptionCategory, number>();
  for (const conditions of conditionsByMedicine) {
    const seen = new Set<PrescriptionCategory>();
    for (const { text, category } of conditions) {
      if (!texts.has(category)) texts.set(category, new Set());
      texts.get(category)!.add(text);
      seen.add(category);
    }
    for (const category of seen) medicines.set(category, (medicines.get(category) ?? 0) + 1);
  }
  const categories = prescriptionCategories
    .filter((category) => texts.has(category) && isCountedCondition({ category }))
    .map((category) => ({ category, texts: texts.get(category)!.size, medicines: medicines.get(category) ?? 0 }));
  return {
    categories,
    headers: [...(texts.get('en-tete') ?? [])].sort(),
    unclassified: [...(texts.get('non-classe') ?? [])].sort(),
  };
}
