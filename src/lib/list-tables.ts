/**
 * The tables of the list pages: which columns each list shows, how each column sorts, and
 * the default order. The same rows are rendered in the page (one page of them, default
 * order) and published whole as JSON, which the browser sorts when a reader asks. Pure.
 */
import { type AccessType, type Medicine, type ShortageState, accessTypes, shortageStates } from './content/medicine.ts';
import { formatDate } from './format.ts';
import { atcGroupOf, atcGroups, membersOf, withCondition } from './lists.ts';
import { shortageLabels } from './medicine-view.ts';
import { medicinePagePath } from './paths.ts';
import { type PrescriptionCategory, searchableCategories } from './prescription-categories.ts';
import { type Column, type Row, type TableOrder, sortRows } from './table-order.ts';
import { distinctValues } from './text.ts';

export interface ListTable {
  columns: Column[];
  defaultOrder: TableOrder;
  rowOf: (medicine: Medicine) => Row;
}

const NONE = '—';

const joined = (values: Array<string | null>) => {
  const distinct = distinctValues(values);
  return distinct.length > 0 ? distinct.join(' ; ') : null;
};
const dateCell = (iso: string | null) => (iso ? formatDate(iso) : NONE);
const latest = (dates: Array<string | null>) => dates.filter((date): date is string => date !== null).sort().at(-1) ?? null;
const earliest = (dates: Array<string | null>) => dates.filter((date): date is string => date !== null).sort()[0] ?? null;

function row(medicine: Medicine, cells: Array<{ show: string | null; sort?: string | null }>): Row {
  return {
    href: medicinePagePath(medicine.id),
    cells: [medicine.name, ...cells.map((cell) => cell.show ?? NONE)],
    // A cell given a sort key sorts by it, an empty one first (a missing date before every date).
    sortKeys: [medicine.name, ...cells.map((cell) => ('sort' in cell ? (cell.sort ?? '') : (cell.show ?? '')))],
  };
}

const name: Column = { header: 'Médicament', kind: 'text' };

/** The shortage report that sets the medicine's state: the most pressing, then the latest updated. */
function leadingShortage(medicine: Medicine) {
  const ofState = medicine.shortages.filter((shortage) => shortage.state === medicine.shortageState);
  return ofState.sort((a, b) => (b.updatedDate ?? '').localeCompare(a.updatedDate ?? ''))[0] ?? null;
}

const shortagesTable: ListTable = {
  columns: [
    name,
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
    return withLink(row(medicine, [
      { show: medicine.shortageState ? shortageLabels[medicine.shortageState] : null },
      { show: shortage ? (shortage.cip13 ?? 'toutes') : null },
      { show: dateCell(shortage?.startDate ?? null), sort: shortage?.startDate },
      { show: dateCell(shortage?.updatedDate ?? null), sort: shortage?.updatedDate },
      { show: dateCell(shortage?.availableAgainDate ?? null), sort: shortage?.availableAgainDate },
      { show: shortage?.ansmUrl ? 'Voir la fiche' : null },
    ]));
  },
};

const retrocessionTable: ListTable = {
  columns: [name, { header: 'Code UCD', kind: 'code' }, { header: 'AMM ou AI', kind: 'text' }, { header: 'Laboratoire', kind: 'text' }, { header: 'Inscription', kind: 'date' }],
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
};

function accessTable(type?: AccessType): ListTable {
  const rows = (medicine: Medicine) => medicine.accesDerogatoire.filter((access) => type === undefined || access.type === type);
  return {
    columns: [
      name,
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

const mitmTable: ListTable = {
  columns: [name, { header: 'Classe ATC', kind: 'code' }, { header: 'Disponibilité', kind: 'text' }],
  defaultOrder: { column: 0, descending: false },
  rowOf: (medicine) => {
    const atc = medicine.mitm?.atc ?? null;
    const group = atcGroupOf(atc);
    return row(medicine, [
      { show: atc ? `${atc}${group ? ` (${atcGroups[group]})` : ''}` : null, sort: atc },
      { show: medicine.shortageState ? shortageLabels[medicine.shortageState] : 'aucun signalement' },
    ]);
  },
};

function conditionTable(category: PrescriptionCategory): ListTable {
  return {
    columns: [name, { header: 'Condition (texte de la BDPM)', kind: 'text' }, { header: 'Forme', kind: 'text' }],
    defaultOrder: { column: 0, descending: false },
    rowOf: (medicine) =>
      row(medicine, [
        { show: joined(medicine.prescriptionConditions.filter((c) => c.category === category).map((c) => c.text)) },
        { show: medicine.form },
      ]),
  };
}

export type TableKey =
  | 'ruptures'
  | `ruptures-${ShortageState}`
  | 'retrocession'
  | 'mitm'
  | 'acces-derogatoire'
  | `acces-derogatoire-${Lowercase<AccessType>}`
  | `conditions-${PrescriptionCategory}`;

export function listTableOf(key: TableKey): ListTable {
  if (key.startsWith('ruptures')) return shortagesTable;
  if (key === 'retrocession') return retrocessionTable;
  if (key === 'mitm') return mitmTable;
  if (key === 'acces-derogatoire') return accessTable();
  if (key.startsWith('acces-derogatoire-')) return accessTable(key.slice('acces-derogatoire-'.length).toUpperCase() as AccessType);
  return conditionTable(key.slice('conditions-'.length) as PrescriptionCategory);
}

/** The medicines a table lists. */
export function membersOfTable(medicines: Medicine[], key: TableKey): Medicine[] {
  if (key.startsWith('ruptures-')) return membersOf(medicines, 'ruptures').filter((m) => m.shortageState === key.slice('ruptures-'.length));
  if (key === 'ruptures' || key === 'retrocession' || key === 'mitm' || key === 'acces-derogatoire') return membersOf(medicines, key);
  if (key.startsWith('acces-derogatoire-')) {
    return membersOf(medicines, 'acces-derogatoire', key.slice('acces-derogatoire-'.length).toUpperCase() as AccessType);
  }
  return withCondition(medicines, key.slice('conditions-'.length) as PrescriptionCategory);
}

/** A table's rows in its default order. */
export function tableRows(medicines: Medicine[], key: TableKey): Row[] {
  const table = listTableOf(key);
  return sortRows(membersOfTable(medicines, key).map(table.rowOf), table.defaultOrder);
}

export const tableKeys: TableKey[] = [
  'ruptures',
  ...shortageStates.map((state) => `ruptures-${state}` as const),
  'retrocession',
  'mitm',
  'acces-derogatoire',
  ...accessTypes.map((type) => `acces-derogatoire-${type.toLowerCase() as Lowercase<AccessType>}` as const),
  ...searchableCategories.map((category) => `conditions-${category}` as const),
];

/** Where the whole table is published for the browser to sort. */
export function tableDataPath(key: TableKey): string {
  return `/donnees/tables/${key}.json`;
}

