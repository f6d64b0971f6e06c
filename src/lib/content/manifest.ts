/**
 * The ids of the official source files and the manifest the content step writes about them:
 * which files were read, with their provenance, and how many medicines each list holds. One
 * schema for the step (scripts/) and the site (src/), so that an id or a count that does not
 * exist does not compile on either side.
 */
import { z } from 'zod';
import { isoDateSchema } from '../dates.ts';
import { type PrescriptionCategory, prescriptionCategories } from '../prescription-categories.ts';
import { type ListId, listIds } from '../lists/list-views.ts';
import { accessTypes } from './access-types.ts';
import { shortageStates } from './shortage-states.ts';

/** The BDPM text files the site reads, by id (scripts/sources/bdpm-files.ts describes each). */
export const bdpmSourceIds = ['medicines', 'presentations', 'substances', 'prescriptionConditions', 'genericGroups', 'mitm', 'shortages'] as const;
/** The ANSM spreadsheets the site reads, by id (scripts/sources/ansm-lists.ts describes each). */
export const ansmSourceIds = ['retrocession', 'mitmList', 'accesDerogatoire'] as const;

export const sourceIdSchema = z
  .enum([...bdpmSourceIds, ...ansmSourceIds])
  .describe('Identifiant de la source pour le site (medicines, presentations, retrocession, mitm…).');
export type SourceId = z.infer<typeof sourceIdSchema>;
export const sourceIds: readonly SourceId[] = sourceIdSchema.options;

/**
 * How a source's date was established: the Last-Modified of the download, the "mis à jour le"
 * of the ANSM page, the date the demo set declares, the latest date inside the data, or none.
 */
export const sourceDateHows = ['last-modified', 'page-update', 'package-created', 'demo', 'latest-in-data', 'unknown'] as const;
export type SourceDateHow = (typeof sourceDateHows)[number];

const count = (what: string) => z.number().int().nonnegative().describe(what);
const nullableDate = isoDateSchema.nullable();

export const manifestSourceSchema = z
  .object({
    id: sourceIdSchema,
    file: z.string().describe('Nom du fichier source lu.'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('Empreinte SHA-256 du fichier, en hexadécimal.'),
    size: count('Taille du fichier, en octets.'),
    rows: count('Lignes de données lues dans le fichier.'),
    kept: count('Lignes retenues dans les données du site.'),
    rejected: count('Lignes rejetées (valeur invalide, ou code CIS absent de CIS_bdpm.txt).'),
    duplicates: count('Lignes en double, comptées une fois.'),
    joinShare: z
      .object({
        rows: count('Lignes retenues de la liste.'),
        joined: count('Parmi elles, lignes rattachées à un médicament de CIS_bdpm.txt.'),
      })
      .nullable()
      .describe('Pour une liste de l’ANSM : part de ses lignes rattachées à un médicament de la BDPM ; null pour un fichier de la BDPM.'),
    date: nullableDate.describe('Date des données, établie comme le dit dateHow (scripts/lib/source-dates.ts), AAAA-MM-JJ ; null si rien ne la date.'),
    dateHow: z
      .enum(sourceDateHows)
      .describe(
        'Origine de la date : last-modified (en-tête du serveur), page-update (« mis à jour le » de la page de l’ANSM), package-created (date de création déclarée par le descripteur du datapackage ANSM Open Data), demo (jeu de démonstration), latest-in-data (date la plus récente du fichier) ou unknown.',
      ),
    originUrl: z.url().nullable().describe('Adresse d’où le fichier a été téléchargé ; null si inconnue.'),
    encoding: z.string().nullable().describe('Encodage des caractères lu pour un fichier texte (utf-8, windows-1252) ; null pour un tableur.'),
    demo: z.boolean().describe('true si le fichier vient du jeu de démonstration, pas d’une source officielle.'),
  })
  .describe('Un fichier source lu par la construction des données.');

const countsOf = <const K extends string>(keys: readonly K[], what: (key: K) => string) =>
  z.object(Object.fromEntries(keys.map((key) => [key, count(what(key))])) as Record<K, ReturnType<typeof count>>);

/** Medicines counted by the content step, retired ones (known only from the history) apart. */
export const manifestCountsSchema = z
  .object({
    medicines: count('Entrées publiées, une par page de médicament (retirées comprises).'),
    bdpm: count('Médicaments de CIS_bdpm.txt.'),
    listOnly: count('Médicaments connus seulement d’une liste de l’ANSM.'),
    retired: count('Médicaments disparus de toutes les sources, connus par l’historique.'),
    lists: z
      .record(z.enum(listIds as [ListId, ...ListId[]]), count('Médicaments de la liste.'))
      .describe('Médicaments de chaque liste du registre des listes (src/lib/lists/registry.ts), comptés comme ses pages les listent.'),
    retrocessionImported: count('Médicaments inscrits sur la liste de rétrocession au titre d’une autorisation d’importation (AI).'),
    accessTypes: countsOf(accessTypes, (type) => `Médicaments en ${type}.`).describe('Médicaments par type d’accès dérogatoire.'),
    shortageStates: countsOf(shortageStates, (state) => `Médicaments dont l’état le plus grave est « ${state} ».`).describe(
      'Médicaments par état de disponibilité.',
    ),
    prescriptionCategories: countsOf(prescriptionCategories, (category) => `Médicaments avec une condition de la catégorie « ${category} ».`).describe(
      'Médicaments par catégorie de condition de prescription.',
    ),
  })
  .describe('Nombre de médicaments par liste et par catégorie, médicaments retirés non compris (sauf medicines).');
export type ManifestCounts = z.infer<typeof manifestCountsSchema>;

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Every count at zero: the content step adds to it, tests start from it. */
export function zeroCounts(): ManifestCounts {
  return {
    medicines: 0,
    bdpm: 0,
    listOnly: 0,
    retired: 0,
    lists: zeros(listIds),
    retrocessionImported: 0,
    accessTypes: zeros(accessTypes),
    shortageStates: zeros(shortageStates),
    prescriptionCategories: zeros<PrescriptionCategory>(prescriptionCategories),
  };
}

export const manifestSchema = z
  .object({
    demo: z.boolean().describe('true si les données viennent du jeu de démonstration.'),
    sources: z.array(manifestSourceSchema).describe('Les fichiers sources lus.'),
    counts: manifestCountsSchema,
  })
  .describe('Description des données construites : fichiers sources lus et effectifs.');

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestSource = z.infer<typeof manifestSourceSchema>;
