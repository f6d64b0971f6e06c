/**
 * Lets a reader sort the rows of a table by any column (the rows on the current page):
 * each header becomes a button, and aria-sort says the current order.
 */
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function makeSortable(table: HTMLTableElement): void {
  const headers = [...table.tHead!.rows[0].cells];
  const body = table.tBodies[0];
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const rows = [...body.rows].sort((a, b) => collator.compare(a.cells[column].textContent ?? '', b.cells[column].textContent ?? ''));
      if (!ascending) rows.reverse();
      body.append(...rows);
    });
  });
}
