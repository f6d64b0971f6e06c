/**
 * Helpers the list registry builds its tables and CSV files with: a table row from a
 * medicine's cells, the shared "no value" cell, dates, the identity columns of every CSV.
 * Pure.
 */
import type { Medicine } from '../content/medicine.ts';
import { formatDate } from '../format.ts';
import { medicinePagePath } from '../addresses.ts';
import type { Column, Row, TableOrder } from '../table-order.ts';
import { distinctValues } from '../text.ts';

/** The columns of a list page's table, its default order, and a medicine's row. */
export interface ListTable {
  columns: Column[];
  defaultOrder: TableOrder;
  rowOf: (medicine: Medicine) => Row;
}

/** One CSV file of a list: its name, title and documented columns, and its rows from the list's members. */
export interface ListCsv {
  file: `${string}.csv`;
  title: string;
  columns: Array<{ header: string; description: string }>;
  rows: (members: Medicine[]) => Array<Array<string | number | null>>;
}

export const NONE = '—';

export const joined = (values: Array<string | null>) => {
  const distinct = distinctValues(values);
  return distinct.length > 0 ? distinct.join(' ; ') : null;
};
export const dateCell = (iso: string | null) => (iso ? formatDate(iso) : NONE);
export const latest = (dates: Array<string | null>) =>
  dates
    .filter((date): date is string => date !== null)
    .sort()
    .at(-1) ?? null;
export const earliest = (dates: Array<string | null>) => dates.filter((date): date is string => date !== null).sort()[0] ?? null;

/** A table row: the medicine's name, linked to its page, then the cells. */
export function row(medicine: Medicine, cells: Array<{ show: string | null; sort?: string | null }>): Row {
  return {
    href: medicinePagePath(medicine.id),
    cells: [medicine.name, ...cells.map((cell) => cell.show ?? NONE)],
    // A cell given a sort key sorts by it, an empty one first (a missing date before every date).
    sortKeys: [medicine.name, ...cells.map((cell) => ('sort' in cell ? (cell.sort ?? '') : (cell.show ?? '')))],
  };
}

export const nameColumn: Column = { header: 'Médicament', kind: 'text' };

/** The shortage report that sets the medicine's state: the most pressing, then the latest updated. */
export function leadingShortage(medicine: Medicine) {
  const ofState = medicine.shortages.filter((shortage) => shortage.state === medicine.shortageState);
  return ofState.sort((a, b) => (b.updatedDate ?? '').localeCompare(a.updatedDate ?? ''))[0] ?? null;
}

/** A date in a CSV cell: JJ/MM/AAAA, empty when absent. */
export const csvDate = (iso: string | null) => (iso ? formatDate(iso) : '');

/** The first columns of every list CSV. */
export const identityColumns = [
  { header: 'identifiant', description: 'Clé de la page du médicament : code CIS, ou « ucd-… » / « nom-… » hors BDPM' },
  { header: 'code_cis', description: 'Code CIS à 8 chiffres (vide hors BDPM)' },
  { header: 'denomination', description: 'Nom du médicament' },
];
