/**
 * Changes between two dated versions of the official files, as the content step records them:
 * the BDPM itself (entries, presentations, conditions, generic groups) and the ANSM lists.
 */
import { z } from 'zod';
import { isoDateSchema } from '../dates.ts';
import { prescriptionCategories } from '../prescription-categories.ts';
import { shortageStates } from './shortage-states.ts';

/** What a change is about: a part of the BDPM, or one of the ANSM lists. */
export const topics = ['bdpm', 'presentations', 'conditions', 'genericGroups', 'retrocession', 'mitm', 'accesDerogatoire', 'shortages'] as const;
export type Topic = (typeof topics)[number];

/** The topics that are lists of the ANSM (compared as before: membership and a few fields). */
export const trackedLists = ['retrocession', 'mitm', 'accesDerogatoire', 'shortages'] as const satisfies readonly Topic[];
export type TrackedList = (typeof trackedLists)[number];

export const topicLabels: Record<Topic, string> = {
  bdpm: 'Base de données publique des médicaments',
  presentations: 'Présentations',
  conditions: 'Conditions de prescription et de délivrance',
  genericGroups: 'Groupes génériques',
  retrocession: 'Liste de rétrocession',
  mitm: 'Liste des MITM',
  accesDerogatoire: 'Accès dérogatoire',
  shortages: 'Ruptures et tensions',
};

const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'nombre décimal attendu (point décimal)');
const percent = decimal.refine((text) => Number(text) <= 100, 'taux au plus 100');
/** One date, or several joined by " | " (a list's rows for one medicine). */
const dates = z.string().regex(/^\d{4}-\d{2}-\d{2}( \| \d{4}-\d{2}-\d{2})*$/, 'date(s) AAAA-MM-JJ attendue(s)');
const text = z.string().min(1, 'texte vide');
const shortageState = z.enum(shortageStates);

/**
 * What a value of each changed field must look like, by topic then field (old and new alike,
 * null meaning empty). A field not listed takes any non-empty text.
 */
export const changeValueSchemas: Partial<Record<Topic, Record<string, z.ZodType<string>>>> = {
  presentations: { reimbursementRate: percent, price: decimal, priceWithFee: decimal, dispensingFee: decimal },
  genericGroups: { type: z.enum(['princeps', 'generique', 'complementaire', 'substituable']) },
  retrocession: { inscription: dates },
  accesDerogatoire: { debut: dates, fin: dates },
  shortages: { etat: shortageState, debut: dates, remise: dates },
};

/** The problems of a change's values, in words; empty when every value is valid. */
export function changeValueProblems(change: { topic: Topic; kind: string; field?: string; old?: string | null; new?: string | null }): string[] {
  const problems: string[] = [];
  if (change.kind === 'changed' && !change.field) problems.push('modification sans champ');
  if (change.kind === 'changed' && (change.old ?? null) === (change.new ?? null)) problems.push('modification sans différence');
  // For an addition or a withdrawal, old/new carry the item's label (any text), or a shortage report's state.
  const label = change.topic === 'shortages' ? shortageState : text;
  const schema = change.kind === 'changed' ? (changeValueSchemas[change.topic]?.[change.field ?? ''] ?? text) : label;
  for (const side of ['old', 'new'] as const) {
    const value = change[side];
    if (value === null || value === undefined) continue;
    const result = schema.safeParse(value);
    if (!result.success) problems.push(`${side} « ${value} » : ${result.error.issues.map((issue) => issue.message).join(', ')}`);
  }
  return problems;
}

const changeFields = {
  topic: z
    .enum(topics)
    .describe(
      'Ce que concerne le changement : bdpm (entrée dans CIS_bdpm.txt, statut de l’AMM, commercialisation), presentations, conditions (de prescription et de délivrance), genericGroups, ou une liste de l’ANSM (retrocession, mitm, accesDerogatoire, shortages pour les ruptures et tensions).',
    ),
  kind: z
    .enum(['added', 'removed', 'changed'])
    .describe(
      'Nature du changement : ajout (added), retrait (removed) ou modification d’une valeur (changed). Pour bdpm : entrée dans CIS_bdpm.txt ou sortie ; pour shortages : signalement ouvert ou clos.',
    ),
  key: z
    .string()
    .optional()
    .describe(
      'L’élément concerné dans ce sujet : code CIP13 d’une présentation, texte d’une condition, identifiant d’un groupe générique ; absent quand le changement vaut pour le médicament.',
    ),
  field: z
    .string()
    .optional()
    .describe(
      'Pour une modification : la donnée modifiée (bdpm : ammStatus, commercialStatus ; presentations : reimbursementRate, price, priceWithFee, dispensingFee, commercialStatus ; genericGroups : type ; listes : ucd, autorisation, inscription, remarques, atc, type, indication, statut, debut, fin, etat, remise).',
    ),
  old: z
    .string()
    .nullable()
    .optional()
    .describe(
      'Pour une modification : la valeur dans la version antérieure (null si vide ; nombres avec un point décimal ; dates AAAA-MM-JJ). Pour un retrait : le libellé de l’élément retiré, s’il en a un ; pour un signalement de rupture retiré, l’état qu’il avait (absent d’un historique écrit avant).',
    ),
  new: z
    .string()
    .nullable()
    .optional()
    .describe(
      'Pour une modification : la valeur dans la version nouvelle (mêmes règles). Pour un ajout : le libellé de l’élément ajouté, s’il en a un ; pour un signalement de rupture ajouté, son état (absent d’un historique écrit avant).',
    ),
  category: z
    .enum(prescriptionCategories)
    .optional()
    .describe('Pour une condition de prescription : la catégorie où le site la range (voir src/lib/prescription-categories.ts).'),
  files: z.array(z.string()).describe('Noms des fichiers sources d’où le changement est lu (vide pour un historique écrit avant qu’ils y figurent).'),
};

/**
 * A history written before the topics existed said `list` (with `disponibilite` for the
 * shortages) and named no files: read it as today's shape.
 */
function upgradeOldChange(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const { list, ...rest } = raw as Record<string, unknown>;
  const upgraded: Record<string, unknown> = { ...rest };
  if (upgraded.topic === undefined && list !== undefined) upgraded.topic = list === 'disponibilite' ? 'shortages' : list;
  upgraded.files ??= [];
  return upgraded;
}

const refineValues = (change: z.infer<z.ZodObject<typeof changeFields>>, context: z.RefinementCtx) => {
  for (const message of changeValueProblems(change)) context.addIssue({ code: 'custom', message });
};

export const changeSchema = z.preprocess(
  upgradeOldChange,
  z
    .object({
      id: z.string().describe('Identifiant du médicament concerné (clé de sa page : code CIS, « ucd-… » ou « nom-… »).'),
      name: z.string().describe('Nom du médicament tel que la source le donne.'),
      ...changeFields,
    })
    .superRefine(refineValues)
    .describe('Un changement d’un médicament entre deux versions des fichiers officiels.'),
);

export const changeSetSchema = z
  .object({
    from: isoDateSchema.describe('Date de la version antérieure (celle de son instantané), AAAA-MM-JJ.'),
    to: isoDateSchema.describe('Date de la version nouvelle, AAAA-MM-JJ.'),
    compared: z
      .array(z.enum(topics))
      .optional()
      .describe(
        'Les sujets comparés : ceux dont les deux versions ont lu le fichier ; un sujet absent n’a pas été comparé, et ses changements sont inconnus. Absent d’un historique écrit avant décembre 2026.',
      ),
    changes: z.array(changeSchema).describe('Les changements constatés entre les deux versions.'),
  })
  .describe('Les changements entre deux versions successives des fichiers officiels.');

/**
 * The topics a version did not compare (its file missing from one of the two versions): their
 * changes are unknown, not none. Null for a version recorded before `compared` existed.
 */
export function topicsNotCompared(set: Pick<ChangeSet, 'compared'>): Topic[] | null {
  const compared = set.compared;
  return compared ? topics.filter((topic) => !compared.includes(topic)) : null;
}

export const historySchema = z
  .array(changeSetSchema)
  .describe('Historique des changements des fichiers officiels, de la plus ancienne comparaison à la plus récente.');

/** One change as a medicine page shows it: with the dates of both versions. */
export const medicineEventSchema = z
  .object({
    ...changeFields,
    from: isoDateSchema.describe('Date de la version antérieure, AAAA-MM-JJ.'),
    to: isoDateSchema.describe('Date de la version où le changement apparaît, AAAA-MM-JJ.'),
  })
  .superRefine(refineValues)
  .describe('Un changement de ce médicament, avec les dates des deux versions comparées.');

export type Change = z.infer<typeof changeSchema>;
export type ChangeSet = z.infer<typeof changeSetSchema>;
export type MedicineEvent = z.infer<typeof medicineEventSchema>;
