/**
 * The lists the site shows, one entry each: what the list is called, where its page is,
 * which source files load it, which page explains its regime, its key in the change history,
 * its table, its CSV file and its feed. Every page, export, check, badge and search filter
 * about a list reads it here; adding a list is one entry (plus the reader of its file in
 * scripts/). List ids and their parts are in ./list-views.ts. Pure.
 */
import { listFeedPath } from '../addresses.ts';
import type { TrackedList } from '../content/history.ts';
import type { Manifest, ManifestCounts, SourceId } from '../content/manifest.ts';
import type { Medicine } from '../content/medicine.ts';
import type { AccessType } from '../content/access-types.ts';
import { formatDecimal } from '../format.ts';
import { accessLabels, atcGroupOf, atcGroups, badgeLabels, shortageLabels } from '../labels.ts';
import { byName } from '../name-order.ts';
import type { RegimeId } from '../page-ids.ts';
import { categoryInfo } from '../prescription-categories.ts';
import { isDiscontinued } from '../commercial-status.ts';
import { isLoaded } from '../sources-view.ts';
import { type Row, sortRows } from '../table-order.ts';
import { type ListCsv, type ListTable, csvDate, dateCell, earliest, identityColumns, joined, latest, leadingShortage, nameColumn, row } from './cells.ts';
import { type ListId, type ListParts, type ListView, listIds, viewsOf } from './list-views.ts';

/** Rows per page of a list. */
export const LIST_PAGE_SIZE = 200;

/** One list. Methods take the part a page shows, if any (an access type, a state, a category). */
export interface ListDefinition<L extends ListId = ListId> {
  /** The title of the list's page. */
  title: string;
  /**
   * For a list without a route of its own, the sentence that opens its page, which
   * src/pages/listes/[list]/[...page].astro then writes; null for the lists with their own route.
   */
  intro: string | null;
  /** The list as a sentence names it: "la liste de rétrocession". */
  name: string;
  /** The content step's source files (manifest ids), any of which loads the list. */
  sources: readonly SourceId[];
  /** The page that explains the list's regime. */
  regime: RegimeId;
  /** The key of its changes in the history (src/lib/content/history.ts); null when the history does not follow it. */
  history: TrackedList | null;
  /** The feed its changes are published in; null when none is. */
  feed: string | null;
  /** The label of its badge on a medicine (and of the value of a search filter); null for none. */
  badge(part?: ListParts[L]): string | null;
  /** The title of a part's page. */
  partTitle(part: ListParts[L]): string;
  /** The short name of a part, as a table row or a count names it: "AAC", "Rupture de stock", "Stupéfiant". */
  partLabel(part: ListParts[L]): string;
  /** The page that explains a part's regime. */
  partRegime(part: ListParts[L]): RegimeId;
  isMember(medicine: Medicine, part?: ListParts[L]): boolean;
  /** What the content step counted for a part (manifest.counts), so that pages do not count again; the whole list's is counts.lists. */
  partCount(counts: ManifestCounts, part: ListParts[L]): number;
  /** The table of its page; null for a list whose page only leads to its parts. */
  table(part?: ListParts[L]): ListTable | null;
  /** Its open-data file; null when none is published. */
  csv: ListCsv | null;
}

const shortagesTable: ListTable = {
  columns: [
    nameColumn,
    { header: 'État', kind: 'text' },
    { header: 'Présentation (CIP13)', kind: 'code' },
    { header: 'Début', kind: 'date' },
    { header: 'Mise à jour', kind: 'date' },
    { header: 'Remise à disposition', kind: 'date' },
    { header: 'Fiche ANSM', kind: 'text' },
  ],
  defaultOrder: { column: 4, descending: true },
  rowOf: (medicine) => {
    const shortage = leadingShortage(medicine);
    const withLink = (base: Row): Row => (shortage?.ansmUrl ? { ...base, links: { 6: shortage.ansmUrl } } : base);
    return withLink(
      row(medicine, [
        { show: medicine.shortageState ? shortageLabels[medicine.shortageState] : null },
        { show: shortage ? (shortage.cip13 ?? 'toutes') : null },
        { show: dateCell(shortage?.startDate ?? null), sort: shortage?.startDate },
        { show: dateCell(shortage?.updatedDate ?? null), sort: shortage?.updatedDate },
        { show: dateCell(shortage?.availableAgainDate ?? null), sort: shortage?.availableAgainDate },
        { show: shortage?.ansmUrl ? 'Voir la fiche' : null },
      ]),
    );
  },
};

function accessTable(type?: AccessType): ListTable {
  const rows = (medicine: Medicine) => medicine.accesDerogatoire.filter((access) => type === undefined || access.type === type);
  return {
    columns: [
      nameColumn,
      { header: 'Type', kind: 'text' },
      { header: 'Indication', kind: 'text' },
      { header: 'Statut', kind: 'text' },
      { header: 'Début', kind: 'date' },
      { header: 'Fin', kind: 'date' },
    ],
    defaultOrder: { column: 0, descending: false },
    rowOf: (medicine) => {
      const accesses = rows(medicine);
      const start = earliest(accesses.map((a) => a.startDate));
      const end = latest(accesses.map((a) => a.endDate));
      return row(medicine, [
        { show: joined(accesses.map((a) => a.type)) },
        { show: joined(accesses.map((a) => a.indication)) },
        { show: joined(accesses.map((a) => a.status)) },
        { show: dateCell(start), sort: start },
        { show: dateCell(end), sort: end },
      ]);
    },
  };
}

/** Lists shown whole only have no part: these are never called. */
const noPart = (): never => {
  throw new Error('cette liste n’a pas de parties');
};

export const lists: { [L in ListId]: ListDefinition<L> } = {
  retrocession: {
    title: 'Liste de rétrocession',
    intro: null,
    name: 'la liste de rétrocession',
    sources: ['retrocession'],
    regime: 'retrocession',
    history: 'retrocession',
    feed: listFeedPath('retrocession'),
    badge: () => badgeLabels.retrocession,
    partTitle: noPart,
    partLabel: noPart,
    partRegime: noPart,
    isMember: (medicine) => medicine.retrocession.length > 0,
    partCount: noPart,
    table: () => ({
      columns: [
        nameColumn,
        { header: 'Code UCD', kind: 'code' },
        { header: 'AMM ou AI', kind: 'text' },
        { header: 'Laboratoire', kind: 'text' },
        { header: 'Inscription', kind: 'date' },
      ],
      defaultOrder: { column: 0, descending: false },
      rowOf: (medicine) => {
        const inscription = earliest(medicine.retrocession.map((r) => r.inscriptionDate));
        return row(medicine, [
          { show: joined(medicine.retrocession.map((r) => r.ucd)) },
          { show: joined(medicine.retrocession.map((r) => r.authorisation)) },
          { show: joined(medicine.retrocession.map((r) => r.laboratory)) },
          { show: dateCell(inscription), sort: inscription },
        ]);
      },
    }),
    csv: {
      file: 'liste-retrocession.csv',
      title: 'Liste de rétrocession',
      columns: [
        ...identityColumns,
        { header: 'code_ucd', description: 'Code UCD' },
        { header: 'autorisation', description: 'AMM ou AI (autorisation d’importation)' },
        { header: 'laboratoire', description: 'Laboratoire' },
        { header: 'date_inscription', description: 'Date d’inscription (JJ/MM/AAAA)' },
        { header: 'remarques', description: 'Remarques de la liste' },
      ],
      rows: (members) =>
        members.flatMap((m) => m.retrocession.map((r) => [m.id, m.cis, m.name, r.ucd, r.authorisation, r.laboratory, csvDate(r.inscriptionDate), r.remarks])),
    },
  },
  mitm: {
    title: "Médicaments d'intérêt thérapeutique majeur (MITM)",
    intro: null,
    name: 'la liste des MITM',
    sources: ['mitm', 'mitmList'],
    regime: 'mitm',
    history: 'mitm',
    feed: listFeedPath('mitm'),
    badge: () => badgeLabels.mitm,
    partTitle: noPart,
    partLabel: noPart,
    partRegime: noPart,
    isMember: (medicine) => medicine.mitm !== null,
    partCount: noPart,
    table: () => ({
      columns: [nameColumn, { header: 'Classe ATC', kind: 'code' }, { header: 'Disponibilité', kind: 'text' }],
      defaultOrder: { column: 0, descending: false },
      rowOf: (medicine) => {
        const atc = medicine.mitm?.atc ?? null;
        const group = atcGroupOf(atc);
        return row(medicine, [
          { show: atc ? `${atc}${group ? ` (${atcGroups[group]})` : ''}` : null, sort: atc },
          { show: medicine.shortageState ? shortageLabels[medicine.shortageState] : 'aucun signalement' },
        ]);
      },
    }),
    csv: {
      file: 'liste-mitm.csv',
      title: 'Liste des MITM',
      columns: [
        ...identityColumns,
        { header: 'code_atc', description: 'Classe ATC' },
        { header: 'etat_disponibilite', description: 'État de disponibilité signalé, le cas échéant' },
      ],
      rows: (members) => members.map((m) => [m.id, m.cis, m.name, m.mitm?.atc ?? null, m.shortageState ? shortageLabels[m.shortageState] : null]),
    },
  },
  accesDerogatoire: {
    title: 'Accès dérogatoire',
    intro: null,
    name: 'la liste des accès dérogatoires (AAC, AAP, CPC)',
    sources: ['accesDerogatoire'],
    regime: 'reforme-2021',
    history: 'accesDerogatoire',
    feed: listFeedPath('accesDerogatoire'),
    badge: (type) => (type ? badgeLabels[type] : null),
    partTitle: (type) => `${accessLabels[type]} (${type})`,
    partLabel: (type) => type,
    partRegime: (type) => (type === 'AAP' ? 'acces-precoce' : 'acces-compassionnel'),
    isMember: (medicine, type) => medicine.accesDerogatoire.some((access) => type === undefined || access.type === type),
    partCount: (counts, type) => counts.accessTypes[type],
    table: (type) => accessTable(type),
    csv: {
      file: 'acces-derogatoire.csv',
      title: 'Accès dérogatoire (AAC, AAP, CPC)',
      columns: [
        ...identityColumns,
        { header: 'type', description: 'AAC, AAP ou CPC' },
        { header: 'indication', description: 'Indication' },
        { header: 'statut', description: 'Statut de l’accès' },
        { header: 'date_debut', description: 'Date de début (JJ/MM/AAAA)' },
        { header: 'date_fin', description: 'Date de fin (JJ/MM/AAAA)' },
        { header: 'laboratoire', description: 'Laboratoire' },
      ],
      rows: (members) =>
        members.flatMap((m) =>
          m.accesDerogatoire.map((a) => [m.id, m.cis, m.name, a.type, a.indication, a.status, csvDate(a.startDate), csvDate(a.endDate), a.laboratory]),
        ),
    },
  },
  shortages: {
    title: "Ruptures et tensions d'approvisionnement",
    intro: null,
    name: "le fichier des ruptures et tensions d'approvisionnement (CIS_CIP_Dispo_Spec.txt)",
    sources: ['shortages'],
    regime: 'vente-au-public-pui',
    history: 'shortages',
    feed: listFeedPath('shortages'),
    badge: (state) => (state ? badgeLabels[state] : null),
    partTitle: (state) => `${shortageLabels[state]} : médicaments signalés`,
    partLabel: (state) => shortageLabels[state],
    partRegime: () => 'vente-au-public-pui',
    isMember: (medicine, state) => medicine.shortageState !== null && (state === undefined || medicine.shortageState === state),
    partCount: (counts, state) => counts.shortageStates[state],
    table: () => shortagesTable,
    csv: {
      file: 'ruptures.csv',
      title: 'Ruptures et tensions d’approvisionnement',
      columns: [
        ...identityColumns,
        { header: 'etat', description: 'Rupture de stock, tension, arrêt de commercialisation ou remise à disposition' },
        { header: 'code_cip13', description: 'Présentation concernée (vide : toutes)' },
        { header: 'date_debut', description: 'Date de début (JJ/MM/AAAA)' },
        { header: 'date_mise_a_jour', description: 'Date de mise à jour (JJ/MM/AAAA)' },
        { header: 'date_remise_a_disposition', description: 'Date de remise à disposition (JJ/MM/AAAA)' },
        {
          header: 'prix_max_presentations',
          description: 'Prix le plus élevé des présentations dont l’arrêt de commercialisation n’est pas déclaré, en euros (virgule décimale)',
        },
      ],
      rows: (members) =>
        members.flatMap((m) => {
          const prices = m.presentations
            .filter((p) => !isDiscontinued(p))
            .map((p) => p.price)
            .filter((p): p is number => p !== null);
          const price = prices.length > 0 ? formatDecimal(Math.max(...prices)) : null;
          return m.shortages.map((s) => [
            m.id,
            m.cis,
            m.name,
            shortageLabels[s.state],
            s.cip13,
            csvDate(s.startDate),
            csvDate(s.updatedDate),
            csvDate(s.availableAgainDate),
            price,
          ]);
        }),
    },
  },
  prescriptionConditions: {
    title: 'Conditions de prescription et de délivrance',
    intro: null,
    name: 'le fichier des conditions de prescription (CIS_CPD_bdpm.txt)',
    sources: ['prescriptionConditions'],
    regime: 'prescription-restreinte',
    history: null,
    feed: null,
    badge: () => null,
    partTitle: (category) => categoryInfo[category].listTitle,
    partLabel: (category) => categoryInfo[category].label,
    partRegime: () => 'prescription-restreinte',
    isMember: (medicine, category) => medicine.prescriptionConditions.some((condition) => category === undefined || condition.category === category),
    partCount: (counts, category) => counts.prescriptionCategories[category],
    // The page of the whole list is an index of its categories.
    table: (category) =>
      category
        ? {
            columns: [nameColumn, { header: 'Condition (texte de la BDPM)', kind: 'text' }, { header: 'Forme', kind: 'text' }],
            defaultOrder: { column: 0, descending: false },
            rowOf: (medicine) =>
              row(medicine, [
                { show: joined(medicine.prescriptionConditions.filter((c) => c.category === category).map((c) => c.text)) },
                { show: medicine.form },
              ]),
          }
        : null,
    csv: null,
  },
};

const definitionOf = (view: ListView): ListDefinition => lists[view.list];

/** The title of a list's page, or of a part's. */
export function titleOf(view: ListView): string {
  return view.part === undefined ? lists[view.list].title : definitionOf(view).partTitle(view.part);
}

/** The short name of a part ("AAC", "Stupéfiant"). */
export function partLabelOf<L extends ListId>(list: L, part: ListParts[L]): string {
  return (lists[list] as ListDefinition<L>).partLabel(part);
}

/** The label of the badge a member of the list or part carries, if any. */
export function badgeOf(view: ListView): string | null {
  return definitionOf(view).badge(view.part);
}

export function regimeOf(view: ListView): RegimeId {
  return view.part === undefined ? lists[view.list].regime : definitionOf(view).partRegime(view.part);
}

export function isMemberOf(medicine: Medicine, view: ListView): boolean {
  return definitionOf(view).isMember(medicine, view.part);
}

/** The members of a list or of a part, in name order. */
export function membersOf(medicines: Medicine[], view: ListView): Medicine[] {
  const definition = definitionOf(view);
  return medicines.filter((medicine) => definition.isMember(medicine, view.part)).sort(byName);
}

/** The members of a list or a part, as the content step counted them. */
export function countOf(counts: ManifestCounts, view: ListView): number {
  return view.part === undefined ? counts.lists[view.list] : definitionOf(view).partCount(counts, view.part);
}

/** The table of a list's or a part's page (each view of tableViews has one). */
export function tableOf(view: ListView): ListTable {
  const table = definitionOf(view).table(view.part);
  if (!table) throw new Error(`pas de tableau pour la liste ${view.list}`);
  return table;
}

/** A table's rows in its default order. */
export function tableRows(medicines: Medicine[], view: ListView): Row[] {
  const table = tableOf(view);
  return sortRows(membersOf(medicines, view).map(table.rowOf), table.defaultOrder);
}

/** Every page with a table: each list whole, then each of its parts. */
export const tableViews: ListView[] = listIds.flatMap(viewsOf).filter((view) => definitionOf(view).table(view.part) !== null);

/** Whether this build loaded the list: any of its files counts. */
export function isListLoaded(manifest: Manifest, list: ListId): boolean {
  return lists[list].sources.some((id) => isLoaded(manifest, id));
}
