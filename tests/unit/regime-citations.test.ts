/**
 * Every citation on the regime pages resolves (issue 16): each footnote [[n]](#note-n) points to
 * a note n, each note names its source and a locator (article, section, question, table…), and
 * each source has a public address or says why it has none (`offline`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Frontmatter {
  sources?: Array<{ id?: string; title?: string; url?: string; offline?: string }>;
  notes?: Array<{ source?: string; locator?: string }>;
}

/** Words that say where in a text a fact is read. */
const locatorWord = /article|section|rubrique|question|tableau|paragraphe|alinéa|phrase|page|titre|notice|°|§/i;
/** A roman-numbered part of an article (I, II, III…). */
const romanPart = /\b[IVX]+\b/;

function citationProblems(markdown: string): string[] {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
  if (!match) return ['no frontmatter'];
  const data = (parse(match[1]) ?? {}) as Frontmatter;
  const body = match[2];
  const problems: string[] = [];
  const sources = data.sources ?? [];
  const notes = data.notes ?? [];
  const sourceIds = new Set(sources.map((source) => source.id));

  if (sources.length === 0) problems.push('no sources');
  for (const source of sources) {
    if (!source.title) problems.push(`source ${source.id}: no title`);
    if (!source.url && !source.offline) problems.push(`source ${source.id}: no link and not marked offline`);
    if (source.url && source.offline) problems.push(`source ${source.id}: both a link and an offline reason`);
    if (source.url && !/^https:\/\/[^/]+\/./.test(source.url)) problems.push(`source ${source.id}: link ${source.url} is not a page address`);
  }
  notes.forEach((note, index) => {
    const n = index + 1;
    if (!note.source || !sourceIds.has(note.source)) problems.push(`note ${n}: source ${note.source} is not in sources`);
    if (!note.locator || note.locator.trim().length < 8 || (!locatorWord.test(note.locator) && !romanPart.test(note.locator))) {
      problems.push(`note ${n}: no locator (article, section, question, page…)`);
    }
  });

  const cited = new Set<number>();
  for (const [, label, target] of body.matchAll(/\[\[([^\]]*)\]\]\(#([^)]*)\)/g)) {
    const n = Number(label);
    if (!Number.isInteger(n) || target !== `note-${label}`) {
      problems.push(`footnote [[${label}]](#${target}) is not of the form [[n]](#note-n)`);
      continue;
    }
    if (n < 1 || n > notes.length) problems.push(`footnote ${n} points to no note`);
    cited.add(n);
  }
  if (/\(#source-/.test(body)) problems.push('a link to #source-… skips the notes');
  notes.forEach((_, index) => {
    if (!cited.has(index + 1)) problems.push(`note ${index + 1} is never cited`);
  });
  return problems;
}

/** A heading of the page body: markdown (## …) or HTML with an explicit id (<h2 id="…">…</h2>). */
interface Heading {
  id?: string;
  text: string;
  line: number;
}

function headingsOf(body: string): Heading[] {
  const headings: Heading[] = [];
  body.split('\n').forEach((line, index) => {
    const html = /^<h[2-6] id="([^"]+)">(.*)<\/h[2-6]>\s*$/.exec(line);
    const markdown = /^#{2,6} (.*)$/.exec(line);
    if (html) headings.push({ id: html[1], text: html[2], line: index });
    else if (markdown) headings.push({ text: markdown[1], line: index });
  });
  return headings;
}

/** The list items of a piece of markdown, each with its continuation lines. */
function listItems(markdown: string): string[] {
  const items: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^\s*(?:-|\d+\.) /.test(line) && !/^\s{2,}/.test(line)) items.push(line);
    else if (items.length > 0 && /^\s+\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
    else if (line.trim() === '' && items.length > 0) items.push('');
  }
  return items.filter((item) => item !== '');
}

const footnote = /\[\[\d+\]\]\(#note-\d+\)/;

/**
 * The counter checklists (issue 25): each item of an "Au comptoir" section, and each "**Au comptoir**" item
 * elsewhere, cites its article.
 */
function counterProblems(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const lines = body.split('\n');
  const headings = headingsOf(body);
  const problems: string[] = [];
  headings.forEach((heading, index) => {
    if (!/au comptoir/i.test(heading.text)) return;
    const end = headings[index + 1]?.line ?? lines.length;
    const items = listItems(lines.slice(heading.line + 1, end).join('\n'));
    if (items.length === 0) problems.push(`"${heading.text}" has no items`);
    for (const item of items) if (!footnote.test(item)) problems.push(`counter item without a citation: ${item.slice(0, 80)}`);
  });
  for (const item of listItems(body)) {
    if (/^\s*- \*\*Au comptoir\*\*/.test(item) && !footnote.test(item)) problems.push(`counter item without a citation: ${item.slice(0, 80)}`);
  }
  return problems;
}

/** "Non établi" is kept only where the page says where it looked (issue 25): the same paragraph or item says "cherché". */
function unsettledProblems(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const units = body.split(/\n\s*\n/).flatMap((block) => (listItems(block).length > 0 ? listItems(block) : [block]));
  return units
    .filter((unit) => /\b(?:non|pas) établi/i.test(unit) && !/cherch/i.test(unit))
    .map((unit) => `"non établi" without saying where we looked: ${unit.replace(/\s+/g, ' ').slice(0, 100)}`);
}

function explicitIds(markdown: string): string[] {
  return headingsOf(markdown.replace(/^---\n[\s\S]*?\n---\n/, '')).flatMap((heading) => (heading.id ? [heading.id] : []));
}

const directory = 'content/regimes';
const pages = readdirSync(directory).filter((name) => name.endsWith('.md'));

describe('citation checker', () => {
  const good = `---
sources:
  - id: a
    title: Texte A
    url: https://example.org/texte-a
  - id: b
    title: Texte B
    offline: diffusé aux établissements seulement
notes:
  - source: a
    locator: article 3, deuxième alinéa
  - source: b
    locator: section 2
---
Un fait.[[1]](#note-1) Un autre.[[2]](#note-2)
`;

  it('accepts a well-cited sample', () => {
    expect(citationProblems(good)).toEqual([]);
  });

  it.each([
    ['a note without a locator', good.replace('locator: section 2', 'locator: ""'), 'note 2: no locator (article, section, question, page…)'],
    ['a vague locator', good.replace('locator: section 2', 'locator: voir le texte'), 'note 2: no locator (article, section, question, page…)'],
    [
      'a source without a link nor offline mark',
      good.replace('    offline: diffusé aux établissements seulement\n', ''),
      'source b: no link and not marked offline',
    ],
    ['a home page as link', good.replace('https://example.org/texte-a', 'https://example.org/'), 'source a: link https://example.org/ is not a page address'],
    ['a footnote number with no note', good.replace('[[2]](#note-2)', '[[2]](#note-2) [[3]](#note-3)'), 'footnote 3 points to no note'],
    ['a footnote whose label and target differ', good.replace('[[2]](#note-2)', '[[2]](#note-1)'), 'footnote [[2]](#note-1) is not of the form [[n]](#note-n)'],
    ['a note naming an unknown source', good.replace('- source: b', '- source: c'), 'note 2: source c is not in sources'],
    ['an old-style link to a source', good.replace('[[2]](#note-2)', '[[2]](#source-b)'), 'a link to #source-… skips the notes'],
  ])('rejects %s', (_, sample, problem) => {
    expect(citationProblems(sample)).toContain(problem);
  });
});

describe('counter and "non établi" checkers', () => {
  const page = `---
title: t
---
<h2 id="x">Catégorie</h2>

<h3 id="comptoir-x">Au comptoir : ce que vérifie le pharmacien</h3>

- Le prescripteur exerce à l'hôpital.[[1]](#note-1)
- La date de l'ordonnance initiale, sur deux
  lignes.[[2]](#note-2)

## Suite

Ce point n'est pas établi ici : nous avons cherché dans l'article R. 1.
`;

  it('accepts cited counter items and a located "non établi"', () => {
    expect(counterProblems(page)).toEqual([]);
    expect(unsettledProblems(page)).toEqual([]);
    expect(explicitIds(page)).toEqual(['x', 'comptoir-x']);
  });

  it('rejects a counter item without a citation', () => {
    expect(counterProblems(page.replace('lignes.[[2]](#note-2)', 'lignes.'))).toEqual([
      "counter item without a citation: - La date de l'ordonnance initiale, sur deux lignes.",
    ]);
  });

  it('rejects an inline "Au comptoir" item without a citation', () => {
    expect(counterProblems(`${page}\n- **Au comptoir** : vérifier le lieu.\n`)).toHaveLength(1);
  });

  it('rejects an empty counter section', () => {
    expect(counterProblems(page.replace(/- Le prescripteur[\s\S]*?note-2\)\n/, ''))).toContain('"Au comptoir : ce que vérifie le pharmacien" has no items');
  });

  it('rejects a "non établi" that does not say where we looked', () => {
    expect(unsettledProblems(page.replace(" : nous avons cherché dans l'article R. 1", ''))).toHaveLength(1);
    expect(unsettledProblems('- **Non établi ici** : la règle.\n- Autre point, cherché ailleurs.\n')).toHaveLength(1);
  });
});

describe('regime pages', () => {
  it('include the two explanation pages the medicine pages link to', () => {
    expect(pages).toEqual(expect.arrayContaining(['prescription-restreinte.md', 'listes-et-stupefiants.md']));
  });

  it.each(pages)('%s: every citation resolves', (name) => {
    expect(citationProblems(readFileSync(join(directory, name), 'utf8'))).toEqual([]);
  });

  it.each(pages)('%s: every counter checklist item is cited', (name) => {
    expect(counterProblems(readFileSync(join(directory, name), 'utf8'))).toEqual([]);
  });

  it.each(pages)('%s: each "non établi" says where we looked', (name) => {
    expect(unsettledProblems(readFileSync(join(directory, name), 'utf8'))).toEqual([]);
  });

  it.each(pages)('%s: explicit heading ids are unique', (name) => {
    const ids = explicitIds(readFileSync(join(directory, name), 'utf8'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    [
      'prescription-restreinte.md',
      ['rh', 'ph', 'pih', 'prs', 'sp', 'usage-urgence', 'lieu-prescripteur', 'libelle-amm', 'autre-loi', 'administration', 'en-tete'],
    ],
    ['prescription-restreinte.md', ['comptoir-rh', 'comptoir-ph', 'comptoir-pih', 'comptoir-prs', 'comptoir-sp']],
    ['listes-et-stupefiants.md', ['listes', 'stupefiants', 'comptoir-listes', 'comptoir-stupefiants']],
  ])('%s has the sections the medicine pages link to: %j', (name, ids) => {
    expect(explicitIds(readFileSync(join(directory, name), 'utf8'))).toEqual(expect.arrayContaining(ids));
  });

  it.each(pages)('%s: lay wording (no "garanti", no "vendu au public")', (name) => {
    const text = readFileSync(join(directory, name), 'utf8');
    expect(text).not.toMatch(/garanti/i);
    expect(text).not.toMatch(/vendu[es]* au public/i);
  });
});

describe('glossary', () => {
  const glossary = JSON.parse(readFileSync('content/glossaire.json', 'utf8')) as Array<{ id: string; see?: string }>;

  it('has the entries the medicine pages link to (/glossaire/#id)', () => {
    const ids = glossary.map((entry) => entry.id);
    for (const id of [
      'rh',
      'ph',
      'pih',
      'prs',
      'sp',
      'usage-urgence',
      'liste-i',
      'liste-ii',
      'stupefiants',
      'ordonnance-securisee',
      'groupe-generique',
      'lieu-prescripteur',
      'libelle-amm',
      'autre-loi',
      'administration',
      'en-tete',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points each "see" link at an existing explanation page and section', () => {
    for (const { id, see } of glossary) {
      const [, regime, anchor] = see?.match(/^\/regimes\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/) ?? [];
      if (!regime) continue;
      expect(pages, `${id} → ${see}`).toContain(`${regime}.md`);
      if (anchor) expect(explicitIds(readFileSync(join(directory, `${regime}.md`), 'utf8')), `${id} → ${see}`).toContain(anchor);
    }
  });
});
