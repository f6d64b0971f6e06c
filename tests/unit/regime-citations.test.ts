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
    ['a source without a link nor offline mark', good.replace('    offline: diffusé aux établissements seulement\n', ''), 'source b: no link and not marked offline'],
    ['a home page as link', good.replace('https://example.org/texte-a', 'https://example.org/'), 'source a: link https://example.org/ is not a page address'],
    ['a footnote number with no note', good.replace('[[2]](#note-2)', '[[2]](#note-2) [[3]](#note-3)'), 'footnote 3 points to no note'],
    ['a footnote whose label and target differ', good.replace('[[2]](#note-2)', '[[2]](#note-1)'), 'footnote [[2]](#note-1) is not of the form [[n]](#note-n)'],
    ['a note naming an unknown source', good.replace('- source: b', '- source: c'), 'note 2: source c is not in sources'],
    ['an old-style link to a source', good.replace('[[2]](#note-2)', '[[2]](#source-b)'), 'a link to #source-… skips the notes'],
  ])('rejects %s', (_, sample, problem) => {
    expect(citationProblems(sample)).toContain(problem);
  });
});

describe('regime pages', () => {
  it('include the two explanation pages the medicine pages link to', () => {
    expect(pages).toEqual(expect.arrayContaining(['prescription-restreinte.md', 'listes-et-stupefiants.md']));
  });

  it.each(pages)('%s: every citation resolves', (name) => {
    expect(citationProblems(readFileSync(join(directory, name), 'utf8'))).toEqual([]);
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
    for (const id of ['rh', 'ph', 'pih', 'prs', 'sp', 'usage-urgence', 'liste-i', 'liste-ii', 'stupefiants', 'ordonnance-securisee', 'groupe-generique']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points each "see" link at an existing explanation page', () => {
    for (const { id, see } of glossary) {
      const regime = see?.match(/^\/regimes\/([a-z0-9-]+)\/$/)?.[1];
      if (regime) expect(pages, `${id} → ${see}`).toContain(`${regime}.md`);
    }
  });
});
