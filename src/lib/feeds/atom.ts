/** Atom feeds (RFC 4287) from plain data, through the XML serialiser. Pure. */
import { type XmlElement, serialiseXml } from './xml.ts';

export interface AtomEntry {
  /** A permanent IRI, unique in the feed. */
  id: string;
  title: string;
  /** AAAA-MM-JJ: the date of the version the entry reports. */
  updated: string;
  /** The page the entry is about. */
  link: string;
  /** Plain text, lines separated by line feeds. */
  content: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** What a reader should know of the whole feed (RFC 4287 §4.2.12): here, the versions it could not cover. */
  subtitle?: string;
  /** Address of the feed itself. */
  self: string;
  /** Address of the page the feed follows. */
  page: string;
  author: string;
  /** AAAA-MM-JJ; an empty feed still needs one (RFC 4287 §4.1.1). */
  updated: string;
  entries: AtomEntry[];
}

/** Atom dates are RFC 3339 date-times; a version is a day, so its midnight UTC. */
export function atomDate(isoDay: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`date attendue au format AAAA-MM-JJ : ${isoDay}`);
  return `${isoDay}T00:00:00Z`;
}

const text = (name: string, value: string): XmlElement => ({ name, children: [value] });

function entryElement(entry: AtomEntry): XmlElement {
  return {
    name: 'entry',
    children: [
      text('id', entry.id),
      text('title', entry.title),
      text('updated', atomDate(entry.updated)),
      { name: 'link', attributes: { rel: 'alternate', type: 'text/html', href: entry.link } },
      { name: 'content', attributes: { type: 'text' }, children: [entry.content] },
    ],
  };
}

export function renderAtom(feed: AtomFeed): string {
  // The feed's updated is the newest of its entries, never older than one of them.
  const updated = [feed.updated, ...feed.entries.map((entry) => entry.updated)].toSorted().at(-1)!;
  return serialiseXml({
    name: 'feed',
    attributes: { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'fr' },
    children: [
      text('id', feed.id),
      text('title', feed.title),
      ...(feed.subtitle ? [text('subtitle', feed.subtitle)] : []),
      text('updated', atomDate(updated)),
      { name: 'link', attributes: { rel: 'self', type: 'application/atom+xml', href: feed.self } },
      { name: 'link', attributes: { rel: 'alternate', type: 'text/html', href: feed.page } },
      { name: 'author', children: [text('name', feed.author)] },
      ...feed.entries.map(entryElement),
    ],
  });
}
