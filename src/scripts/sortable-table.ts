/**
 * Sorting a list table over the whole list, not only the rows of the page: the first click
 * on a header loads the whole table (published as JSON beside the site), sorts it and shows
 * it 200 rows at a time with its own pager. Without JavaScript the page stays readable in
 * its default order with the numbered pages the build wrote.
 */
import { type Column, type PublishedTable, type Row, type TableOrder, describeOrder, readPublishedTable, sortRows } from '../lib/table-order.ts';

const PAGE_SIZE = 200;

function cellRow(row: Row): HTMLTableRowElement {
  const tr = document.createElement('tr');
  row.cells.forEach((text, index) => {
    const td = document.createElement('td');
    const href = index === 0 ? row.href : row.links?.[index];
    if (href) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = text;
      td.append(link);
    } else td.textContent = text;
    tr.append(td);
  });
  return tr;
}

export function makeSortable(table: HTMLTableElement): void {
  const headers = [...table.tHead!.rows[0].cells];
  const body = table.tBodies[0];
  const caption = table.caption!;
  const title = caption.textContent!.replace(/, triée par .*$/, '');
  const [column, direction] = (table.dataset.order ?? '0,asc').split(',');
  let order: TableOrder = { column: Number(column), descending: direction === 'desc' };
  let published: Promise<PublishedTable> | undefined;
  let rows: Row[] = [];
  let page = 0;

  // Column kinds come with the published table; headers give the names meanwhile.
  const columns: Column[] = headers.map((header) => ({ header: header.textContent ?? '', kind: 'text' }));

  // The build's pagers page through the default order only: a reader's order gets its own.
  const status = document.createElement('p');
  status.className = 'hint';
  status.setAttribute('role', 'status');
  const pager = document.createElement('nav');
  pager.className = 'pager';
  pager.setAttribute('aria-label', 'Pages de la liste triée');
  table.closest('.table-scroll')!.after(status, pager);

  const render = () => {
    const last = Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1);
    body.replaceChildren(...rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map(cellRow));
    caption.textContent = `${title}, ${describeOrder(columns, order)}`;
    status.textContent = `Liste entière ${describeOrder(columns, order)} : page ${page + 1} sur ${last + 1}.`;
    const buttons: Array<[string, number]> = [
      ['« Première', 0],
      ['‹ Précédente', page - 1],
      ['Suivante ›', page + 1],
      ['Dernière »', last],
    ];
    pager.replaceChildren(
      ...buttons
        .filter(([, target]) => target >= 0 && target <= last && target !== page)
        .map(([label, target]) => {
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = label;
          button.addEventListener('click', () => {
            page = target;
            render();
            table.scrollIntoView();
          });
          return button;
        }),
    );
  };

  headers.forEach((header, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', async () => {
      published ??= fetch(table.dataset.source!).then((response) => response.json() as Promise<PublishedTable>);
      const whole = await published;
      whole.columns.forEach((published, position) => {
        columns[position].kind = published.kind;
      });
      // A new column starts with its most useful order: newest first for dates, A to Z otherwise.
      order = index === order.column ? { column: index, descending: !order.descending } : { column: index, descending: whole.columns[index].kind === 'date' };
      rows = sortRows(readPublishedTable(whole), order);
      page = 0;
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', order.descending ? 'descending' : 'ascending');
      document.querySelectorAll<HTMLElement>('nav.pager[data-build]').forEach((nav) => {
        nav.hidden = true;
      });
      render();
    });
  });
}
