/** Reading a built page's head and text in file-based tests. */
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attribute = (html: string, pattern: RegExp) => {
  const match = html.match(pattern);
  return match ? decode(match[1]) : undefined;
};

export function metaOf(html: string) {
  return {
    canonical: attribute(html, /<link rel="canonical" href="([^"]*)"/),
    description: attribute(html, /<meta name="description" content="([^"]*)"/),
    ogTitle: attribute(html, /<meta property="og:title" content="([^"]*)"/),
    ogDescription: attribute(html, /<meta property="og:description" content="([^"]*)"/),
    ogUrl: attribute(html, /<meta property="og:url" content="([^"]*)"/),
    icon: attribute(html, /<link rel="icon" href="([^"]*)"/),
    webManifest: attribute(html, /<link rel="manifest" href="([^"]*)"/),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: JSON-LD is checked field by field by the tests.
export function jsonLdOf(html: string): any {
  const match = html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/);
  return match ? JSON.parse(match[1]) : undefined;
}

/** The visible text of the page's main content, entities decoded. */
export function pageText(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return decode(main.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

/** Addresses of the medicine pages (not the A–Z index or its letters). */
export function medicinePagePaths(pages: Map<string, string>): string[] {
  return [...pages.keys()].filter((path) => /^\/medicaments\/(\d{8}|ucd-\d+|nom-[a-z0-9-]+)\/$/.test(path));
}
