/**
 * The categories a prescription or dispensing condition of the BDPM (CIS_CPD_bdpm.txt)
 * falls into, with what the site shows for each: a label, and where it is explained.
 * The rules that sort each text into a category are in
 * scripts/lib/classify/prescription-conditions.ts; docs/prescription-conditions.md lists them.
 */
import type { Explanation } from './page-ids.ts';

export const prescriptionCategories = [
  'rh',
  'ph',
  'pih',
  'prs',
  'sp',
  'restreinte',
  'urgence',
  'lieu-prescripteur',
  'libelle-amm',
  'autre-loi',
  'liste-i',
  'liste-ii',
  'stupefiants',
  'ordonnance-securisee',
  'duree',
  'fractionnement',
  'renouvellement',
  'lieu',
  'administration-hopital',
  'administration-medecin',
  'autre',
  'en-tete',
  'non-classe',
] as const;
export type PrescriptionCategory = (typeof prescriptionCategories)[number];

/**
 * What the category says about the medicine: where it is obtained, who prescribes, the prescription
 * itself; "header" lines introduce or complete other lines and are not conditions of their own.
 */
export type CategoryTopic = 'where' | 'who' | 'prescription' | 'other' | 'header';

interface CategoryInfo {
  label: string;
  /** Short plural heading for the list page of the category. */
  listTitle: string;
  topic: CategoryTopic;
  /** Its glossary entry or explanation page. */
  explanation: Explanation;
  /** Offered as a search filter, with a list page. */
  searchable: boolean;
}

const RESTRICTED: Explanation = { regime: 'prescription-restreinte' };
const LISTS: Explanation = { regime: 'listes-et-stupefiants' };

export const categoryInfo: Record<PrescriptionCategory, CategoryInfo> = {
  rh: {
    label: "Réservé à l'usage hospitalier",
    listTitle: "Médicaments réservés à l'usage hospitalier",
    topic: 'where',
    explanation: { glossary: 'rh' },
    searchable: true,
  },
  ph: {
    label: 'Prescription hospitalière',
    listTitle: 'Médicaments à prescription hospitalière',
    topic: 'who',
    explanation: { glossary: 'ph' },
    searchable: true,
  },
  pih: {
    label: 'Prescription initiale hospitalière',
    listTitle: 'Médicaments à prescription initiale hospitalière',
    topic: 'who',
    explanation: { glossary: 'pih' },
    searchable: true,
  },
  prs: {
    label: 'Prescription réservée à certains spécialistes',
    listTitle: 'Médicaments à prescription réservée à certains spécialistes',
    topic: 'who',
    explanation: { glossary: 'prs' },
    searchable: true,
  },
  sp: {
    label: 'Surveillance particulière pendant le traitement',
    listTitle: 'Médicaments nécessitant une surveillance particulière',
    topic: 'who',
    explanation: { glossary: 'sp' },
    searchable: true,
  },
  restreinte: {
    label: 'Prescription restreinte, catégorie non précisée',
    listTitle: 'Médicaments à prescription restreinte sans catégorie précisée',
    topic: 'who',
    explanation: RESTRICTED,
    searchable: false,
  },
  urgence: {
    label: "Réservé à l'usage en situation d'urgence",
    listTitle: "Médicaments réservés à l'usage en situation d'urgence",
    topic: 'where',
    explanation: { glossary: 'usage-urgence' },
    searchable: true,
  },
  'lieu-prescripteur': {
    label: "Lieu d'exercice du prescripteur prévu par l'AMM",
    listTitle: "Médicaments dont l'AMM désigne le lieu d'exercice du prescripteur",
    topic: 'who',
    explanation: { glossary: 'lieu-prescripteur' },
    searchable: false,
  },
  'libelle-amm': {
    label: "Libellé de l'AMM, sans article du code",
    listTitle: "Médicaments avec une condition de prescription propre à l'AMM",
    topic: 'who',
    explanation: { glossary: 'libelle-amm' },
    searchable: false,
  },
  'autre-loi': {
    label: 'Prescription encadrée par une autre loi',
    listTitle: 'Médicaments dont la prescription est encadrée par une autre loi',
    topic: 'who',
    explanation: { glossary: 'autre-loi' },
    searchable: false,
  },
  'liste-i': { label: 'Liste I', listTitle: 'Médicaments de la liste I', topic: 'prescription', explanation: { glossary: 'liste-i' }, searchable: true },
  'liste-ii': { label: 'Liste II', listTitle: 'Médicaments de la liste II', topic: 'prescription', explanation: { glossary: 'liste-ii' }, searchable: true },
  stupefiants: { label: 'Stupéfiant', listTitle: 'Médicaments stupéfiants', topic: 'prescription', explanation: { glossary: 'stupefiants' }, searchable: true },
  'ordonnance-securisee': {
    label: 'Ordonnance sécurisée',
    listTitle: 'Médicaments prescrits sur ordonnance sécurisée',
    topic: 'prescription',
    explanation: { glossary: 'ordonnance-securisee' },
    searchable: true,
  },
  duree: {
    label: 'Durée de prescription limitée',
    listTitle: 'Médicaments à durée de prescription limitée',
    topic: 'prescription',
    explanation: LISTS,
    searchable: false,
  },
  fractionnement: {
    label: 'Délivrance fractionnée',
    listTitle: 'Médicaments à délivrance fractionnée',
    topic: 'prescription',
    explanation: LISTS,
    searchable: false,
  },
  renouvellement: {
    label: 'Renouvellement',
    listTitle: 'Médicaments avec une règle de renouvellement',
    topic: 'prescription',
    explanation: LISTS,
    searchable: false,
  },
  lieu: {
    label: "Lieu de délivrance ou d'usage imposé",
    listTitle: "Médicaments à lieu de délivrance ou d'usage imposé",
    topic: 'where',
    explanation: RESTRICTED,
    searchable: false,
  },
  'administration-hopital': {
    label: "Administration à l'hôpital",
    listTitle: "Médicaments dont l'administration se fait (au moins d'abord) à l'hôpital",
    topic: 'where',
    explanation: { glossary: 'administration' },
    searchable: false,
  },
  'administration-medecin': {
    label: "Administration d'urgence réservée à certains médecins",
    listTitle: "Médicaments dont l'administration est réservée à certains médecins",
    topic: 'other',
    explanation: { glossary: 'administration' },
    searchable: false,
  },
  autre: {
    label: 'Autre condition',
    listTitle: 'Médicaments avec une autre condition particulière',
    topic: 'other',
    explanation: RESTRICTED,
    searchable: false,
  },
  'en-tete': {
    label: "Ligne d'introduction ou de complément, non comptée comme condition",
    listTitle: "Médicaments avec une ligne d'introduction",
    topic: 'header',
    explanation: { glossary: 'en-tete' },
    searchable: false,
  },
  'non-classe': {
    label: 'Condition non classée',
    listTitle: 'Médicaments avec une condition non classée',
    topic: 'other',
    explanation: RESTRICTED,
    searchable: false,
  },
};

/** The categories offered as a search filter and given a list page: the regimes people look for. */
export const searchableCategories = prescriptionCategories.filter((category) => categoryInfo[category].searchable);
