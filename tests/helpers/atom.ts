/**
 * Reads an Atom feed with a real XML parser (sax, strict, namespaces) and checks what RFC 4287
 * requires (§4.1.1, §4.1.2): root `feed` in the Atom namespace; one `id`, `title` and `updated`
 * in the feed and in each entry; an author for the feed; an entry with `content` or an alternate
 * link; dates in RFC 3339; ids unique; a `self` link (recommended, required by this site).
 */
import sax from 'sax';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  content: string;
  links: Array<Record<string, string>>;
}

export interface ParsedFeed {
  id: string;
  title: string;
  /** Empty when the feed has none. */
  subtitle: string;
  updated: string;
  authors: string[];
  links: Array<Record<string, string>>;
  entries: ParsedEntry[];
  errors: string[];
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function parseAtom(xml: string): ParsedFeed {
  const errors: string[] = [];
  const feed: ParsedFeed = { id: '', title: '', subtitle: '', updated: '', authors: [], links: [], entries: [], errors };
  const counts: Array<Record<string, number>> = [];
  const stack: string[] = [];
  let entry: ParsedEntry | undefined;
  let text = '';
  const parser = sax.parser(true, { xmlns: true });
  parser.onerror = (error) => {
    errors.push(`XML mal formé : ${error.message.split('\n')[0]}`);
    parser.resume();
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    if (node.uri !== ATOM_NS) errors.push(`<${node.name}> hors de l'espace de noms Atom`);
    if (stack.length === 0 && node.local !== 'feed') errors.push(`racine <${node.local}> au lieu de <feed>`);
    const siblings = counts.at(-1);
    if (siblings) siblings[node.local] = (siblings[node.local] ?? 0) + 1;
    stack.push(node.local);
    counts.push({});
    text = '';
    if (node.local === 'entry') entry = { id: '', title: '', updated: '', content: '', links: [] };
    if (node.local === 'link') {
      const attributes = Object.fromEntries(Object.values(node.attributes).map((a) => [a.local, a.value]));
      (entry ? entry.links : feed.links).push(attributes);
    }
  };
  parser.ontext = (value) => {
    text += value;
  };
  parser.onclosetag = () => {
    const local = stack.pop()!;
    const own = counts.pop()!;
    const parent = stack.at(-1);
    if (local === 'feed' || local === 'entry') {
      for (const required of ['id', 'title', 'updated']) if (own[required] !== 1) errors.push(`<${local}> a ${own[required] ?? 0} <${required}>`);
    }
    if (local === 'feed' && !own.author) errors.push('<feed> sans <author>');
    if (local === 'entry' && entry) {
      if (!own.content && !entry.links.some((link) => (link.rel ?? 'alternate') === 'alternate')) errors.push(`entrée ${entry.id} sans contenu ni lien`);
      feed.entries.push(entry);
      entry = undefined;
    }
    const target = parent === 'entry' ? entry : parent === 'feed' ? feed : undefined;
    if (local === 'name' && parent === 'author') feed.authors.push(text);
    if (target && (local === 'id' || local === 'title' || local === 'updated')) target[local] = text;
    if (local === 'content' && entry) entry.content = text;
    if (local === 'subtitle' && parent === 'feed') feed.subtitle = text;
    if (local === 'updated' && !rfc3339.test(text)) errors.push(`date non RFC 3339 : ${text}`);
    text = '';
  };
  parser.write(xml).close();
  const ids = feed.entries.map((e) => e.id);
  if (new Set(ids).size !== ids.length) errors.push('identifiants d’entrée en double');
  if (!feed.links.some((link) => link.rel === 'self')) errors.push('pas de lien rel="self"');
  return feed;
}
