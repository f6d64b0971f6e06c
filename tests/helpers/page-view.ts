/**
 * What a medicine page shows, read from the DOM Chromium built (no HTML parsing of our
 * own): the visible text of <main>, its term/definition pairs, tables, sections by
 * heading and links. `extractPageView` runs inside the page (page.evaluate), so it must
 * not use anything from outside its own body.
 */
export interface PageView {
  h1: string;
  description: string;
  /** Visible text of <main>, whitespace collapsed. */
  text: string;
  terms: Array<{ term: string; value: string }>;
  tables: Array<{ caption: string; rows: string[][] }>;
  /** One per h2: its text and its list items and table rows. */
  sections: Array<{ heading: string; text: string; items: string[] }>;
  links: Array<{ href: string; text: string }>;
}

export function extractPageView(): PageView {
  const collapse = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the page shows (block boundaries, CSS).
  const textOf = (element: Element) => collapse((element as HTMLElement).innerText ?? element.textContent);
  for (const details of document.querySelectorAll('details')) details.open = true;
  const main = document.querySelector('main') ?? document.body;
  const terms = [...main.querySelectorAll('dt')].map((dt) => {
    const values: string[] = [];
    for (let next = dt.nextElementSibling; next && next.tagName === 'DD'; next = next.nextElementSibling) values.push(textOf(next));
    return { term: textOf(dt), value: values.join(' ') };
  });
  const tables = [...main.querySelectorAll('table')].map((table) => ({
    caption: table.caption ? textOf(table.caption) : '',
    rows: [...table.querySelectorAll('tr')].filter((tr) => tr.querySelector('td')).map((tr) => [...tr.cells].map(textOf)),
  }));
  const sections = [...main.querySelectorAll('h2')].map((h2) => {
    const parent = h2.parentElement;
    const blocks: Element[] = [];
    if (parent && parent.tagName === 'SECTION' && parent.querySelector('h2') === h2) blocks.push(parent);
    else {
      for (let next = h2.nextElementSibling; next && next.tagName !== 'H2' && !next.querySelector('h2'); next = next.nextElementSibling) blocks.push(next);
    }
    const items = blocks.flatMap((block) => [...block.querySelectorAll('li, tr')].map(textOf));
    return { heading: textOf(h2), text: blocks.map(textOf).join(' '), items };
  });
  return {
    h1: collapse(main.querySelector('h1')?.textContent),
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    text: textOf(main),
    terms,
    tables,
    sections,
    links: [...main.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href') ?? '', text: textOf(a) })),
  };
}
