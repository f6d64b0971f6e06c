/** One CSV per list, with the columns documented on /donnees/. Pure. */
import type { Medicine } from '../content/medicine.ts';
import type { Manifest } from '../content/manifest.ts';
import { formatDate, formatDecimal } from '../format.ts';
import { membersOf } from '../lists.ts';
import { shortageLabels } from '../medicine-view.ts';
import { isDiscontinued } from '../presentations-view.ts';
import { isLoaded } from '../sources-view.ts';
import { type TrackedList, loadedTrackedLists } from '../tracked-lists.ts';
import { toCsv } from './csv.ts';

const date = (iso: string | null) => (iso ? formatDate(iso) : '');

export interface ListExport {
  file: string;
  title: string;
  /** The list it exports: not published when this build did not load it (a header-only file would read as an empty list). */
  list: TrackedList['key'] | 'shortages';
  columns: Array<{ header: string; description: string }>;
  rows: (medicines: Medicine[]) => Array<Array<string | number | null>>;
}

const identity = [
  { header: 'identifiant', description: "Clé de la page du médicament : code CIS, ou « ucd-… » / « nom-… » hors BDPM" },
  { header: 'code_cis', description: 'Code CIS à 8 chiffres (vide hors BDPM)' },
  { header: 'denomination', description: 'Nom du médicament' },
];

export const listExports: ListExport[] = [
  {
    file: 'liste-retrocession.csv',
    title: 'Liste de rétrocession',
    list: 'retrocession',
    columns: [
      ...identity,
      { header: 'code_ucd', description: 'Code UCD' },
      { header: 'autorisation', description: 'AMM ou AI (autorisation d’importation)' },
      { header: 'laboratoire', description: 'Laboratoire' },
      { header: 'date_inscription', description: 'Date d’inscription (JJ/MM/AAAA)' },
      { header: 'remarques', description: 'Remarques de la liste' },
    ],
    rows: (medicines) =>
      membersOf(medicines, 'retrocession').flatMap((m) =>
        m.retrocession.map((r) => [m.id, m.cis, m.name, r.ucd, r.authorisation, r.laboratory, date(r.inscriptionDate), r.remarks]),
      ),
  },
  {
    file: 'liste-mitm.csv',
    title: 'Liste des MITM',
    list: 'mitm',
    columns: [...identity, { header: 'code_atc', description: 'Classe ATC' }, { header: 'etat_disponibilite', description: 'État de disponibilité signalé, le cas échéant' }],
    rows: (medicines) =>
      membersOf(medicines, 'mitm').map((m) => [m.id, m.cis, m.name, m.mitm?.atc ?? null, m.shortageState ? shortageLabels[m.shortageState] : null]),
  },
  {
    file: 'acces-derogatoire.csv',
    title: 'Accès dérogatoire (AAC, AAP, CPC)',
    list: 'accesDerogatoire',
    columns: [
      ...identity,
      { header: 'type', description: 'AAC, AAP ou CPC' },
      { header: 'indication', description: 'Indication' },
      { header: 'statut', description: 'Statut de l’accès' },
      { header: 'date_debut', description: 'Date de début (JJ/MM/AAAA)' },
      { header: 'date_fin', description: 'Date de fin (JJ/MM/AAAA)' },
      { header: 'laboratoire', description: 'Laboratoire' },
    ],
    rows: (medicines) =>
      membersOf(medicines, 'acces-derogatoire').flatMap((m) =>
        m.accesDerogatoire.map((a) => [m.id, m.cis, m.name, a.type, a.indication, a.status, date(a.startDate), date(a.endDate), a.laboratory]),
      ),
  },
  {
    file: 'ruptures.csv',
    title: 'Ruptures et tensions d’approvisionnement',
    list: 'shortages',
    columns: [
      ...identity,
      { header: 'etat', description: 'Rupture de stock, tension, arrêt de commercialisation ou remise à disposition' },
      { header: 'code_cip13', description: 'Présentation concernée (vide : toutes)' },
      { header: 'date_debut', description: 'Date de début (JJ/MM/AAAA)' },
      { header: 'date_mise_a_jour', description: 'Date de mise à jour (JJ/MM/AAAA)' },
      { header: 'date_remise_a_disposition', description: 'Date de remise à disposition (JJ/MM/AAAA)' },
      { header: 'prix_max_presentations', description: 'Prix le plus élevé des présentations dont l’arrêt de commercialisation n’est pas déclaré, en euros (virgule décimale)' },
    ],
    rows: (medicines) =>
      membersOf(medicines, 'ruptures').flatMap((m) => {
        const prices = m.presentations.filter((p) => !isDiscontinued(p)).map((p) => p.price).filter((p): p is number => p !== null);
        const price = prices.length > 0 ? formatDecimal(Math.max(...prices)) : null;
        return m.shortages.map((s) => [m.id, m.cis, m.name, shortageLabels[s.state], s.cip13, date(s.startDate), date(s.updatedDate), date(s.availableAgainDate), price]);
      }),
  },
];

/** The exports of the lists this build loaded, and the others, which the open-data page names as not loaded. */
export function exportsOf(manifest: Manifest): { published: ListExport[]; notLoaded: ListExport[] } {
  const { loaded } = loadedTrackedLists(manifest);
  const isPublished = ({ list }: ListExport) => (list === 'shortages' ? isLoaded(manifest, 'shortages') : loaded.some((tracked) => tracked.key === list));
  return { published: listExports.filter(isPublished), notLoaded: listExports.filter((definition) => !isPublished(definition)) };
}

export function renderListCsv(definition: ListExport, medicines: Medicine[]): string {
  return toCsv(
    definition.columns.map((column) => column.header),
    definition.rows(medicines),
  );
}
