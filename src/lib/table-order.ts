/**
 * Ordering the rows of a list table, shared by the build (default order) and the browser
 * (a reader's chosen order). Kept apart from the list registry (lists/registry.ts) so that the browser script
 * carries only this.
 */
type ColumnKind = 'text' | 'date' | 'code';

export interface Column {
  header: string;
  kind: ColumnKind;
}

/** One row: what each cell shows, and what it sorts by (ISO dates sort as text). */
export interface Row {
  href: string;
  cells: string[];
  sortKeys: string[];
  /** Cells past the first that link somewhere (the ANSM's page of a shortage), by column. */
  links?: Record<number, string>;
}

export interface TableOrder {
  column: number;
  descending: boolean;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Orders rows by one column; ties keep the order by name (first column). An empty key sorts first ascending, last descending. */
export function sortRows(rows: Row[], { column, descending }: TableOrder): Row[] {
  return [...rows].sort((a, b) => {
    const order = collator.compare(a.sortKeys[column], b.sortKeys[column]) * (descending ? -1 : 1);
    return order || collator.compare(a.sortKeys[0], b.sortKeys[0]);
  });
}

/** "triée par mise à jour, la plus récente d'abord": said in the caption. */
export function describeOrder(columns: Column[], { column, descending }: TableOrder): string {
  const header = columns[column].header.toLowerCase();
  if (columns[column].kind === 'date') return `triée par ${header}, ${descending ? 'la plus récente' : 'la plus ancienne'} d'abord`;
  return `triée par ${header}, ${descending ? 'de Z à A' : 'de A à Z'}`;
}

/** The whole table as published for the browser: a cell's sort key is left out when it is the cell itself. */
export interface PublishedTable {
  columns: Column[];
  rows: Array<[href: string, cells: string[], sortKeys: Array<string | null>, links?: Record<number, string>]>;
}

export function publishTable(columns: Column[], rows: Row[]): PublishedTable {
  return {
    columns,
    rows: rows.map((row) => {
      const keys = row.sortKeys.map((key, index) => (key === row.cells[index] ? null : key));
      return row.links ? [row.href, row.cells, keys, row.links] : [row.href, row.cells, keys];
    }),
  };
}

export function readPublishedTable(table: PublishedTable): Row[] {
  return table.rows.map(([href, cells, keys, links]) => ({
    href,
    cells,
    sortKeys: keys.map((key, index) => key ?? cells[index]),
    ...(links ? { links } : {}),
  }));
}
