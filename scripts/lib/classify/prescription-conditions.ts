/**
 * Sorts each prescription or dispensing condition text of CIS_CPD_bdpm.txt into a category
 * (src/lib/prescription-categories.ts). The rules are tried in order, the first match wins;
 * a text no rule matches is kept as "non-classe" and shown as written. The texts are the
 * BDPM's own wording (167 distinct texts in the July 2025 file), so the rules match that
 * wording, not paraphrases. docs/prescription-conditions.md documents the table.
 */
import { type PrescriptionCategory, prescriptionCategories } from '../../../src/lib/prescription-categories.ts';
import { foldAccentsKeepingLength } from '../../../src/lib/text.ts';

export interface ClassifiedCondition {
  text: string;
  category: PrescriptionCategory;
  /** What the category leaves open, in the file's words: period, specialty, duration. */
  detail: string | null;
}

interface Rule {
  category: PrescriptionCategory;
  /** Tested against the text lower-cased, without accents, spaces collapsed. */
  pattern: RegExp;
  /** Which capture group of the pattern, in the original text, is the detail. */
  detail?: (match: RegExpExecArray, text: string) => string | null;
}

/** The original wording of a capture: the normalised text keeps the original's length. */
const captured = (group: number) => (match: RegExpExecArray, text: string) => {
  const value = match[group];
  if (!value || match.indices?.[group] === undefined) return null;
  const [start, end] = match.indices[group];
  return text.slice(start, end).trim() || null;
};

const conditionRules: readonly Rule[] = [
  // Restricted prescription (code de la santé publique, R. 5121-77 and following).
  { category: 'rh', pattern: /^reserve a l'usage hospitalier$/ },
  { category: 'urgence', pattern: /^reserve a l'usage en situation d'urgence\b/ },
  { category: 'urgence', pattern: /^reserve a une structure d'assistance medicale mobile ou de rapatriement sanitaire$/ },
  { category: 'pih', pattern: /^prescription initiale hospitaliere( (annuelle|semestrielle|trimestrielle))?$/, detail: captured(2) },
  { category: 'ph', pattern: /^prescription hospitaliere$/ },
  { category: 'ph', pattern: /^prescription reservee aux medecins hospitaliers\b/ },
  { category: 'sp', pattern: /^(?:medicament necessitant une )?surveillance particuliere pendant le traitement$/ },
  { category: 'restreinte', pattern: /^medicament soumis a prescription medicale restreinte$/ },
  // Initial prescription, prescription or renewal reserved to some specialists or services.
  {
    category: 'prs',
    pattern: /^prescription initiale (annuelle |semestrielle )?reservee a(?:ux| certains) (specialistes(?: et services)?)(.*)$/,
    detail: captured(3),
  },
  { category: 'prs', pattern: /^renouvellement de la prescription reserve aux (?:specialistes|medecins competents) en (.+)$/, detail: captured(1) },
  { category: 'prs', pattern: /^prescription reservee aux (?:specialistes(?: et services| autorises| en)?|medecins competents(?: en)?) (.+)$/, detail: captured(1) },
  { category: 'prs', pattern: /^prescription reservee aux (medecins (?:specialistes|exercant) .+|titulaires .+|unites .+)$/, detail: captured(1) },
  { category: 'prs', pattern: /^prescription (?:initiale )?par un medecin exercant (.+)$/, detail: captured(1) },
  { category: 'prs', pattern: /^administration par tout medecin specialiste en (.+)$/, detail: captured(1) },
  { category: 'prs', pattern: /^hors etablissement de sante : prescription reservee aux (.+)$/, detail: captured(1) },
  // Prescription lists and stupéfiants (R. 5132-1 and following).
  { category: 'liste-i', pattern: /^liste i$/ },
  { category: 'liste-ii', pattern: /^liste ii$/ },
  { category: 'stupefiants', pattern: /^stupefiants$/ },
  { category: 'ordonnance-securisee', pattern: /^prescription (?:en toutes lettres )?sur ordonnance securisee$/ },
  { category: 'duree', pattern: /^prescription limitee a (.+)$/, detail: captured(1) },
  { category: 'fractionnement', pattern: /^delivrance fractionnee de (.+)$/, detail: captured(1) },
  { category: 'fractionnement', pattern: /^chevauchement interdit\b/ },
  { category: 'renouvellement', pattern: /^renouvellement non restreint$/ },
  { category: 'renouvellement', pattern: /prescription medicale non renouvelable$/ },
  // Where it is dispensed or used.
  { category: 'lieu', pattern: /^delivrance (?:reservee aux|effectuee par) (.+)$/, detail: captured(1) },
  { category: 'lieu', pattern: /^reserve a l'usage (professionnel|militaire)\b/, detail: captured(1) },
  { category: 'lieu', pattern: /^(?:medicament )?reserve aux centres de vaccination\b/ },
  { category: 'administration-hopital', pattern: /(?:administrations?|administration du 1 er cycle).* (?:en milieu hospitalier|dans un etablissement de (?:sante|transfusion sanguine))/ },
  // Conditions of their own kind: patient consent, booklets, tests, mentions, and the
  // "pour … :" lines that introduce the conditions following them in the file.
  {
    category: 'autre',
    pattern:
      /^(?:prescription necessitant|prescription et delivrance subordonnees|delivrance (?:ne pouvant|apres|ne peut)|la (?:prescription necessite|delivrance ne peut|premiere delivrance)|mise a jour du carnet|un livret|ordonnance avec|dosage |conservation d'une copie|a ne prendre|dispositions particulieres|voir programme de prevention|a l'initiation du traitement)/,
  },
  { category: 'autre', pattern: /^medicament soumis a prescription medicale(?:, en attente de notification de la blue box)?$/ },
  // "pour … :" alone introduces the lines that follow it in the file.
  { category: 'autre', pattern: /^pour [^:]+:$/ },
];

/** "pour les femmes … : <condition>": the condition after the colon decides the category. */
const FOR_WHOM = /^pour [^:]+ : (?=\S)/;

/** Lower case, no accents, one space between words; same length as the input. */
function normalise(text: string): string {
  // The Windows-1252 apostrophe read as a control character, and the typographic one.
  return foldAccentsKeepingLength(text.replace(/[\u0092\u2019]/g, "'")).toLowerCase();
}

export function classifyCondition(text: string): ClassifiedCondition {
  // Matching runs on a normalised copy of the same length, so captures map back to the original.
  const original = text.trim().replace(/\s+/g, ' ');
  const normalised = normalise(original);
  const comparable = normalised.length === original.length ? normalised : null;
  const forWhom = FOR_WHOM.exec(normalised);
  if (forWhom && comparable) {
    const { category, detail } = classifyCondition(original.slice(forWhom[0].length));
    return { text, category, detail };
  }
  for (const rule of conditionRules) {
    const pattern = new RegExp(rule.pattern.source, `${rule.pattern.flags}d`);
    const match = pattern.exec(comparable ?? normalised);
    if (!match) continue;
    const detail = rule.detail && comparable ? rule.detail(match, original) : null;
    return { text, category: rule.category, detail };
  }
  return { text, category: 'non-classe', detail: null };
}

export interface ConditionCoverage {
  category: PrescriptionCategory;
  texts: number;
  medicines: number;
}

/** Distinct texts and medicines per category, in category order; the unclassified texts by name. */
export function conditionCoverage(conditionsByMedicine: ReadonlyArray<readonly ClassifiedCondition[]>): {
  categories: ConditionCoverage[];
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
  const categories = prescriptionCategories.filter((category) => texts.has(category)).map((category) => ({
    category,
    texts: texts.get(category)!.size,
    medicines: medicines.get(category) ?? 0,
  }));
  return { categories, unclassified: [...(texts.get('non-classe') ?? [])].sort() };
}
