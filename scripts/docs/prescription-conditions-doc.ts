/**
 * Renders docs/prescription-conditions.md: every distinct text of CIS_CPD_bdpm.txt in the real
 * snapshots, with the category the rules give it, the article that justifies the category, and
 * the number of medicines carrying it in each snapshot; so the reviewed table cannot drift from
 * the rules. Usage: node scripts/docs/prescription-conditions-doc.ts [<snapshot dir>…]
 * (default: ../shared/data/bdpm-2025-07 and bdpm-2026-01 next to the project).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PrescriptionCategory, categoryInfo, prescriptionCategories } from '../../src/lib/prescription-categories.ts';
import { classifyCondition, rulesRecognising } from '../lib/classify/prescription-conditions.ts';
import { parseBdpmFile } from '../sources/bdpm-files.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const defaultSnapshots = ['bdpm-2025-07', 'bdpm-2026-01'].map((name) => join(projectRoot, '..', 'shared', 'data', name));

const AMM_WORDING = "aucun article : libellé de l'AMM";

/** The article that justifies each category, as the reviewed table states it. */
export const categoryArticles: Record<PrescriptionCategory, string> = {
  rh: 'R. 5121-82, R. 5121-83',
  ph: 'R. 5121-84, R. 5121-85',
  pih: 'R. 5121-87 à R. 5121-89',
  prs: 'R. 5121-90, R. 5121-91',
  sp: 'R. 5121-93 à R. 5121-95',
  restreinte: 'R. 5121-77 (catégorie non précisée par le texte)',
  urgence: 'R. 5121-96',
  'lieu-prescripteur': 'R. 5121-85 1° (PH), R. 5121-88 1° a) (PIH), où l’AMM le prévoit',
  'libelle-amm': AMM_WORDING,
  'autre-loi': 'L. 2212-2',
  'liste-i': 'R. 5132-1 et suivants',
  'liste-ii': 'R. 5132-1 et suivants',
  stupefiants: 'R. 5132-1 et suivants',
  'ordonnance-securisee': 'R. 5132-1 et suivants',
  duree: 'R. 5132-1 et suivants',
  fractionnement: 'R. 5132-1 et suivants',
  renouvellement: 'R. 5132-1 et suivants',
  lieu: AMM_WORDING,
  'administration-hopital': AMM_WORDING,
  // R. 5121-96, second paragraph: the AMM may reserve emergency administration to some prescribers.
  'administration-medecin': 'R. 5121-96, deuxième alinéa',
  autre: AMM_WORDING,
  'en-tete': 'ligne d’introduction ou de complément, non comptée comme condition',
  'non-classe': 'non classé',
};

/** Where one rule's texts rest on another article than their category's. */
const ruleArticles: Record<string, string> = {
  'lieu-csapa': 'R. 5121-85 1°, R. 5121-88 1° a) ; les médicaments qui portent ce texte ne sont ni PH ni PIH dans la BDPM',
  'renouvellement-non-restreint': 'R. 5121-88 2° (PIH), R. 5121-91 2° (PRS)',
  'usage-urgence': 'R. 5121-96',
  // R. 5121-80: the AMM may have the medicine supplied only to the professionals who prescribe and administer it.
  'usage-professionnel': 'R. 5121-80',
  'usage-militaire': AMM_WORDING,
};

/** Distinct CIS per condition text in one snapshot's CIS_CPD_bdpm.txt. */
export function medicinesPerText(dir: string): Map<string, number> {
  const parsed = parseBdpmFile('prescriptionConditions', readFileSync(join(dir, 'CIS_CPD_bdpm.txt')));
  const cisByText = new Map<string, Set<string>>();
  for (const { value } of parsed.records) {
    if (!cisByText.has(value.condition)) cisByText.set(value.condition, new Set());
    cisByText.get(value.condition)!.add(value.cis);
  }
  return new Map([...cisByText].map(([text, cis]) => [text, cis.size]));
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function renderConditionsDoc(snapshots: string[]): string {
  const counts = snapshots.map(medicinesPerText);
  const texts = [...new Set(counts.flatMap((perText) => [...perText.keys()]))].map(classifyCondition);
  const order = (category: PrescriptionCategory) => prescriptionCategories.indexOf(category);
  texts.sort((a, b) => order(a.category) - order(b.category) || a.text.localeCompare(b.text, 'fr'));
  const names = snapshots.map((dir) => basename(dir));
  const lines = [
    '# Conditions de prescription et de délivrance : classement revu',
    '',
    '<!-- Généré par `node scripts/docs/prescription-conditions-doc.ts` depuis les règles et les instantanés réels ; ne pas modifier à la main. -->',
    '',
    '`CIS_CPD_bdpm.txt` donne, pour chaque médicament, ses conditions de prescription et de délivrance en texte',
    `libre. Ce tableau donne chacun des ${texts.length} textes distincts des instantanés ${names.join(' et ')}, la catégorie où`,
    'le rangent les règles de `scripts/lib/classify/prescription-conditions.ts`, l’article qui justifie cette catégorie',
    '(code de la santé publique ; « aucun article : libellé de l’AMM » quand aucun article actuel ne définit le texte, qui',
    'est alors affiché tel qu’écrit) et le nombre de médicaments (codes CIS) qui portent le texte dans chaque instantané.',
    '',
    'Toutes les règles sont essayées : un texte reconnu par des règles de deux catégories arrête la construction en nommant',
    'le texte et les deux règles (jamais « la première règle gagne »). Un texte « pour … : <condition> » est rangé selon la',
    'condition qui suit les deux-points. Les lignes d’introduction (« pour tous les patients : », et le complément « à',
    'l’initiation du traitement et une fois par an ») introduisent ou complètent d’autres lignes du même médicament ; le',
    'fichier, trié par texte, ne dit pas lesquelles : elles sont affichées telles quelles avec cette mise en garde et ne',
    'sont comptées nulle part comme conditions. Un texte qu’aucune règle ne reconnaît est gardé « non classé », affiché',
    'tel quel et nommé dans le compte rendu de l’étape de contenu ; il arrête la construction avec `--strict`.',
    '',
    '`tests/unit/prescription-condition-texts.test.ts` tient la catégorie attendue de chaque texte ci-dessous et vérifie',
    'que chaque texte des instantanés y figure ; `tests/unit/prescription-conditions-doc.test.ts` vérifie que ce document',
    'est à jour. Libellés et regroupement sur la page : `src/lib/prescription-categories.ts`.',
    '',
    `| texte de la BDPM | catégorie | article | ${names.map((name) => `médicaments ${name}`).join(' | ')} |`,
    `|---|---|---|${names.map(() => '---:|').join('')}`,
  ];
  for (const { text, category } of texts) {
    const rule = rulesRecognising(text)[0]?.name;
    const article = (rule && ruleArticles[rule]) ?? categoryArticles[category];
    const perSnapshot = counts.map((perText) => String(perText.get(text) ?? 0));
    lines.push(`| ${cell(text)} | \`${category}\` ${categoryInfo[category].label} | ${cell(article)} | ${perSnapshot.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const snapshots = process.argv.length > 2 ? process.argv.slice(2) : defaultSnapshots;
  writeFileSync(new URL('../../docs/prescription-conditions.md', import.meta.url), renderConditionsDoc(snapshots));
}
