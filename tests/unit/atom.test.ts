import { describe, expect, it } from 'vitest';
import { type AtomFeed, atomDate, renderAtom } from '../../src/lib/feeds/atom.ts';
import { escapeXml, serialiseXml } from '../../src/lib/feeds/xml.ts';
import { parseAtom } from '../helpers/atom.ts';

const tricky = `Tom & Jerry <b>"gras"</b> l'été\u0001\u0007 fin\r\nligne\ttab \uD800 seul`;

const feed = (entries: AtomFeed['entries']): AtomFeed => ({
  id: 'https://exemple.test/nouveautes/',
  title: 'Nouveautés & changements',
  self: 'https://exemple.test/nouveautes.xml',
  page: 'https://exemple.test/nouveautes/',
  author: 'Régimes des médicaments',
  updated: '2025-01-01',
  entries,
});

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
  });

  it('replaces characters XML 1.0 forbids and keeps tab and line breaks as a parser reads them back', () => {
    expect(escapeXml('a\u0000b\u001Fc\uFFFEd')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeXml('😀 \uDC00')).toBe('😀 \uFFFD');
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc&#13;d');
    expect(escapeXml('a\tb\nc', true)).toBe('a&#9;b&#10;c');
  });
});

describe('serialiseXml', () => {
  it('writes attributes and text escaped, and empty elements self-closed', () => {
    expect(
      serialiseXml({ name: 'a', attributes: { href: 'x?y=1&z="2"', skip: undefined }, children: [{ name: 'b', children: ['1 < 2'] }, { name: 'c' }] }),
    ).toBe('<?xml version="1.0" encoding="utf-8"?>\n<a href="x?y=1&amp;z=&quot;2&quot;">\n  <b>1 &lt; 2</b>\n  <c/>\n</a>\n');
  });

  it('refuses mixed content, which indentation would change', () => {
    expect(() => serialiseXml({ name: 'a', children: ['texte', { name: 'b' }] })).toThrow(/mêle/);
  });
});

describe('renderAtom', () => {
  it('writes a valid RFC 4287 feed that a strict parser reads back to the same text', () => {
    const xml = renderAtom(
      feed([{ id: 'https://exemple.test/#v1', title: tricky, updated: '2025-07-15', link: 'https://exemple.test/a?b=1&c=2', content: `${tricky}\nsuite` }]),
    );
    const parsed = parseAtom(xml);
    expect(parsed.errors).toEqual([]);
    expect(parsed.title).toBe('Nouveautés & changements');
    expect(parsed.authors).toEqual(['Régimes des médicaments']);
    expect(parsed.updated).toBe('2025-07-15T00:00:00Z');
    const expected = tricky.replace('\u0001', '\uFFFD').replace('\u0007', '\uFFFD').replace('\uD800', '\uFFFD');
    expect(parsed.entries).toEqual([
      {
        id: 'https://exemple.test/#v1',
        title: expected,
        updated: '2025-07-15T00:00:00Z',
        content: `${expected}\nsuite`,
        links: [{ rel: 'alternate', type: 'text/html', href: 'https://exemple.test/a?b=1&c=2' }],
      },
    ]);
    expect(parsed.links).toContainEqual({ rel: 'self', type: 'application/atom+xml', href: 'https://exemple.test/nouveautes.xml' });
  });

  it('dates an empty feed by its own date, and a feed by its newest entry otherwise', () => {
    expect(parseAtom(renderAtom(feed([]))).updated).toBe('2025-01-01T00:00:00Z');
    const entry = (id: string, updated: string) => ({ id, title: id, updated, link: 'https://exemple.test/', content: '' });
    expect(parseAtom(renderAtom(feed([entry('a', '2026-01-28'), entry('b', '2025-07-15')]))).updated).toBe('2026-01-28T00:00:00Z');
  });

  it('refuses a date that is not a day', () => {
    expect(() => atomDate('15/07/2025')).toThrow(/AAAA-MM-JJ/);
  });
});

describe('parseAtom (the test helper)', () => {
  it('finds what RFC 4287 requires missing', () => {
    const errors = parseAtom(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>x</id><updated>2025</updated></entry></feed>`).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        '<feed> a 0 <id>',
        '<entry> a 0 <title>',
        'date non RFC 3339 : 2025',
        '<feed> sans <author>',
        'entrée x sans contenu ni lien',
        'pas de lien rel="self"',
      ]),
    );
    expect(parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><id>a &amp b</id>').errors[0]).toMatch(/XML mal formé/);
  });
});
