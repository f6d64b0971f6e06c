/**
 * Every official source the site knows, loaded in this build or not, with where it is
 * published, by source id.
 */
import type { SourceId } from './content/manifest.ts';

export interface KnownSource {
  id: SourceId;
  title: string;
  publisher: 'ANSM' | 'BDPM';
  /** Where the file is published. */
  page: string;
}

const BDPM_PAGE = 'https://base-donnees-publique.medicaments.gouv.fr/telechargement';

export const knownSources: KnownSource[] = [
  { id: 'medicines', title: 'Spécialités (CIS_bdpm.txt)', publisher: 'BDPM', page: BDPM_PAGE },
  { id: 'presentations', title: 'Présentations, prix et remboursement (CIS_CIP_bdpm.txt)', publisher: 'BDPM', page: BDPM_PAGE },
  { id: 'substances', title: 'Composition (CIS_COMPO_bdpm.txt)', publisher: 'BDPM', page: BDPM_PAGE },
  { id: 'prescriptionConditions', title: 'Conditions de prescription et de délivrance (CIS_CPD_bdpm.txt)', publisher: 'BDPM', page: BDPM_PAGE },
  { id: 'genericGroups', title: 'Groupes génériques (CIS_GENER_bdpm.txt)', publisher: 'BDPM', page: BDPM_PAGE },
  { id: 'mitm', title: 'Médicaments d’intérêt thérapeutique majeur (CIS_MITM.txt)', publisher: 'BDPM', page: BDPM_PAGE },
  { id: 'shortages', title: 'Ruptures et tensions d’approvisionnement (CIS_CIP_Dispo_Spec.txt)', publisher: 'BDPM', page: BDPM_PAGE },
  {
    id: 'retrocession',
    title: 'Liste de rétrocession',
    publisher: 'ANSM',
    page: 'https://ansm.sante.fr/documents/reference/medicaments-en-retrocession',
  },
  {
    id: 'mitmList',
    title: 'Liste des médicaments d’intérêt thérapeutique majeur',
    publisher: 'ANSM',
    page: 'https://ansm.sante.fr/documents/reference/liste-des-medicaments-dinteret-therapeutique-majeur',
  },
  {
    id: 'accesDerogatoire',
    title: 'Référentiel des spécialités en accès dérogatoire',
    publisher: 'ANSM',
    page: 'https://ansm.sante.fr/documents/reference/referentiel-des-specialites-en-acces-derogatoire',
  },
];

export const NOT_LOADED = 'non chargée dans cette version du site';
