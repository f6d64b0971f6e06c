/**
 * The page audit's comparisons: every field a medicine page shows against the source rows
 * it comes from (issue 25, item 5), as the fixed page must state it. Pure: a page view
 * (tests/helpers/page-view.ts), its HTML and the rows in, the mismatches out.
 */
import type { MedicineRows, SourceRow } from './bdpm-rows.ts';
import type { PageView } from './page-view.ts';
import { implausibleDates } from './page-audit-sample.ts';

export interface Mismatch {
  cis: string;
  check: string;
  page: string;
  expected: string;
  /** "file:line" of the source row. */
  source: string;
}

export interface AuditContext {
  /** Whether a CIS has a row in CIS_bdpm.txt (generic group members). */
  inBdpm: (cis: string) => boolean;
  retrocessionLoaded: boolean;
  accessLoaded: boolean;
  now?: Date;
}

export const MARKETED = 'Déclaration de commercialisation';
export const DISCONTINUED = "Déclaration d'arrêt de commercialisation";
export const DISCONTINUED_CAPTION = "Présentations dont l'arrêt de commercialisation est déclaré";
const RH = /usage\s+hospitalier/i;

/** Typographic variants the page may use for the same text: curly apostrophe, no-break spaces. */
export const normalize = (text: string) =>
  text
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `phrase` occurs in `text` as a whole (not inside a longer word: "liste I" is not in "liste II"). */
export function containsPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(normalize(phrase))}($|[^\\p{L}\\p{N}])`, 'u').test(normalize(text));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** Text with HTML tags taken out and every space removed, to compare notes written with <br> in the file. */
export const loose = (text: string) =>
  normalize(text)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => entities[name])
    .replace(/\s+/g, '');

/**
 * Forms a rate or price of CIS_CIP_bdpm.txt may take on the page, spaces aside: as written,
 * or a price whose thousands are separated by commas in the file ("15,958,40") in French
 * notation ("15958,40").
 */
export function shownForms(value: string): string[] {
  const written = value.replace(/\s/g, '');
  const price = /^\d{1,3}(,\d{3})+,\d{2}$/.test(written) ? [`${written.slice(0, -3).replace(/,/g, '')}${written.slice(-3)}`] : [];
  return [written, ...price];
}

const where = (row: SourceRow) => `${row.file}:${row.line}`;
const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Values shown under a term (dt) whose text matches. */
export function termValues(view: PageView, term: RegExp): string[] {
  return view.terms.filter((entry) => term.test(normalize(entry.term))).map((entry) => normalize(entry.value));
}

function sectionOf(view: PageView, heading: RegExp) {
  return view.sections.find((section) => heading.test(normalize(section.heading)));
}

/** Phrases that say the medicine is on none of the lists, or not on the rétrocession list. */
export const NONE_OF_THE_LISTS = /aucune des listes suivies/i;
export const NOT_ON_RETROCESSION = [
  /aucune ligne de la liste de rétrocession/i,
  /(n'est pas|non) (inscrit )?(sur|à|dans) la liste de rétrocession/i,
  /ne figure pas (sur|dans) la liste de rétrocession/i,
  /absent de la liste de rétrocession/i,
];

interface Scope {
  view: PageView;
  html: string;
  rows: MedicineRows;
  context: AuditContext;
  cis: string;
  /** The medicine's row of CIS_bdpm.txt. */
  m: SourceRow;
  /** The page's main text, normalized. */
  text: string;
  cell: (row: SourceRow, column: number) => string;
  plausible: (date: string) => boolean;
  implausible: ReturnType<typeof implausibleDates>;
  add: (check: string, page: string, expected: string, row: SourceRow) => void;
}

const cellOf = (row: SourceRow, column: number) => normalize(row.cells[column - 1] ?? '');

export function auditPage(view: PageView, html: string, rows: MedicineRows, context: AuditContext): Mismatch[] {
  const out: Mismatch[] = [];
  const cis = rows.cis;
  const implausible = implausibleDates(rows, context.now);
  const scope: Scope = {
    view,
    html,
    rows,
    context,
    cis,
    m: rows.medicine,
    text: normalize(view.text),
    cell: cellOf,
    implausible,
    plausible: (date) => date !== '' && !implausible.some((entry) => entry.date === date),
    add: (check, page, expected, row) => out.push({ cis, check, page: clip(page), expected: clip(expected), source: where(row) }),
  };
  identity(scope);
  presentations(scope);
  composition(scope);
  conditions(scope);
  shortages(scope);
  genericGroups(scope);
  lists(scope);
  return out;
}

/** Identity (CIS_bdpm.txt). */
function identity({ view, cis, m, text, cell, plausible, add }: Scope): void {
  if (normalize(view.h1) !== cell(m, 2)) add('name', view.h1, cell(m, 2), m);
  const single = (check: string, term: RegExp, expected: string) => {
    if (expected === '') return;
    const values = termValues(view, term);
    if (values.length !== 1 || values[0] !== expected) add(check, values.join(' | ') || '(absent)', expected, m);
  };
  single('cis', /^Code CIS$/, cis);
  single('form', /^Forme$/, cell(m, 3));
  single('amm-status', /^Statut de l'AMM$/, cell(m, 5));
  if (plausible(cell(m, 8))) single('amm-date', /^Date de l'AMM$/, cell(m, 8));
  single('procedure', /^Procédure$/, cell(m, 6));
  single('commercial-status', /^Commercialisation$/, cell(m, 7));
  const routes = cell(m, 4).split(';').map(normalize).filter(Boolean);
  const shownRoutes = termValues(view, /^Voies? d'administration$/).flatMap((value) => value.split(/\s*[,;]\s*/));
  if (routes.length > 0 && (routes.some((route) => !shownRoutes.includes(route)) || shownRoutes.length !== routes.length)) {
    add('routes', shownRoutes.join(', ') || '(absent)', routes.join(', '), m);
  }
  const holders = cell(m, 11).split(';').map(normalize).filter(Boolean);
  const shownHolders = termValues(view, /^Titulaires?$/).join(' | ');
  if (holders.some((holder) => !containsPhrase(shownHolders, holder))) add('holders', shownHolders || '(absent)', holders.join(', '), m);
  const alert = termValues(view, /^Alerte BDPM$/);
  if (alert.join(' | ') !== cell(m, 9)) add('bdpm-alert', alert.join(' | ') || '(absent)', cell(m, 9) || '(rien : colonne 9 vide)', m);
  const monitored = termValues(view, /^Surveillance/).some((value) => /surveillance renforcée/i.test(value));
  if (monitored !== (cell(m, 12) === 'Oui'))
    add('enhanced-monitoring', monitored ? 'sous surveillance renforcée' : '(absent)', `colonne 12 : ${cell(m, 12)}`, m);
  const since = `${cell(m, 5)} depuis le ${cell(m, 8)}`;
  if (cell(m, 8) !== '' && (text.includes(since) || normalize(view.description).includes(since))) {
    add('amm-status-since', since, `pas de « ${cell(m, 5)} depuis le » suivi de la date de l'AMM`, m);
  }
}

/** Presentations and reimbursement (CIS_CIP_bdpm.txt). */
function presentations({ view, html, rows, text, cell, implausible, add }: Scope): void {
  const tables = view.tables.filter((table) => normalize(table.caption).startsWith('Présentations'));
  const located = tables.flatMap((table) =>
    table.rows.map((cells) => ({ discontinuedTable: normalize(table.caption).startsWith(DISCONTINUED_CAPTION), cells: cells.map(normalize) })),
  );
  for (const row of rows.presentations) {
    const [cip7, label, state, cip13, rate, price, priceWithFees] = [2, 3, 5, 7, 9, 10, 11].map((column) => cell(row, column));
    const found = located.filter((entry) => entry.cells.some((value) => containsPhrase(value, cip13)));
    if (found.length !== 1) {
      add('presentation-row', found.length === 0 ? '(absente)' : `${found.length} lignes`, `une ligne CIP13 ${cip13}`, row);
      continue;
    }
    const { discontinuedTable, cells } = found[0];
    const rowText = cells.join(' | ');
    if (!cells.some((value) => containsPhrase(value, cip7)) || !cells.some((value) => value.includes(label))) {
      add('presentation-row', rowText, `CIP7 ${cip7}, libellé « ${label} »`, row);
    }
    const pricedAsCurrent = /€|\d\s?%/.test(rowText.replace(label, ''));
    if (state === DISCONTINUED) {
      if (!discontinuedTable)
        add('presentation-discontinued', `dans un tableau des présentations courantes : ${rowText}`, `tableau « ${DISCONTINUED_CAPTION}… »`, row);
      else if (pricedAsCurrent) add('presentation-discontinued', rowText, 'ni prix ni taux présentés comme actuels', row);
    } else if (state !== MARKETED) {
      // "Arrêt de commercialisation (le médicament n'a plus d'autorisation)": stopped too, in either table, never priced.
      if (pricedAsCurrent) add('presentation-discontinued', rowText, `ni prix ni taux présentés comme actuels (${state})`, row);
    } else {
      if (discontinuedTable) add('presentation-current', `dans le tableau des arrêts : ${rowText}`, `présentation courante (${state})`, row);
      const compact = rowText.replace(/\s/g, '');
      const missing = [rate, price, priceWithFees].filter((value) => value !== '' && !shownForms(value).some((form) => compact.includes(form)));
      if (missing.length > 0)
        add('presentation-current', rowText, `taux et prix du fichier : ${[rate, price, priceWithFees].filter(Boolean).join(' ; ')}`, row);
    }
  }
  const limited = text.indexOf('Remboursement limité');
  const afterLimited = limited === -1 ? '' : loose(text.slice(limited));
  const notes = new Map(rows.presentations.filter((row) => cell(row, 13) !== '').map((row) => [loose(row.cells[12]), row]));
  for (const [note, row] of notes) {
    if (!afterLimited.includes(note))
      add('reimbursement-note', limited === -1 ? '(pas de « Remboursement limité »)' : clip(text.slice(limited)), cell(row, 13), row);
  }
  if (notes.size > 0 && /<br\s*\/?>/i.test(text))
    add('reimbursement-note', 'balise <br> affichée en texte', 'note sans balise visible', [...notes.values()][0]);
  for (const { row, date } of implausible) {
    const [day, month, year] = date.split('/');
    if (html.includes(date) || html.includes(`${year}-${month}-${day}`))
      add('implausible-date', date, 'date invraisemblable absente de la page', { file: row.file, line: row.line, cells: [] });
  }
}

/** Composition (CIS_COMPO_bdpm.txt). */
function composition({ view, rows, cell, add }: Scope): void {
  const section = sectionOf(view, /^Composition/);
  for (const row of rows.compositions) {
    const [name, dosage] = [cell(row, 4), cell(row, 5)];
    const items = section ? (section.items.length > 0 ? section.items : [section.text]) : [];
    if (!items.some((item) => normalize(item).includes(name) && normalize(item).includes(dosage))) {
      add('composition', section ? clip(section.text) : '(pas de section Composition)', `${name} : ${dosage}`, row);
    }
  }
  const elements = new Map(rows.compositions.map((row) => [cell(row, 2), row]));
  if (elements.size > 1) {
    // The dosage reference ("pour un comprimé") is taken out first: it often repeats the element's word.
    const references = [...new Set(rows.compositions.map((row) => cell(row, 6)).filter(Boolean))].sort((a, b) => b.length - a.length);
    const shown = references.reduce((value, reference) => value.split(reference).join(' '), normalize(section?.text ?? ''));
    for (const [element, row] of elements) {
      if (!containsPhrase(shown, element)) add('composition-element', clip(section?.text ?? '(pas de section Composition)'), element, row);
    }
  }
}

/** Prescription and dispensing conditions (CIS_CPD_bdpm.txt). */
function conditions({ view, rows, m, text, cell, add }: Scope): void {
  for (const row of rows.conditions) {
    if (!containsPhrase(text, cell(row, 2))) add('prescription-condition', '(absent)', cell(row, 2), row);
  }
  const rhRow = rows.conditions.find((row) => RH.test(row.cells[1]));
  if (rhRow) {
    const who = termValues(view, /^Qui peut le prescrire/).join(' | ');
    if (!who.includes('établissement de santé') || who.includes('Aucune condition de la BDPM ne réserve la prescription')) {
      add('who-rh', who || '(absent)', '« établissement de santé », jamais « Aucune condition de la BDPM ne réserve la prescription »', rhRow);
    }
  }
  if (rows.presentations.length === 0) {
    const city = termValues(view, /^En pharmacie de ville/).join(' | ');
    if (city.includes('aucune présentation déclarée commercialisée')) add('city-no-presentation', city, 'le fichier ne dit rien : aucune ligne CIS_CIP', m);
  }
}

/** Shortages (CIS_CIP_Dispo_Spec.txt). */
function shortages({ view, rows, m, cell, plausible, add }: Scope): void {
  const tableRows = view.tables.flatMap((table) => table.rows.map((cells) => normalize(cells.join(' | '))));
  for (const row of rows.shortages) {
    const expected = [cell(row, 2), cell(row, 4).toLowerCase(), ...[5, 6, 7].map((column) => cell(row, column)).filter(plausible)].filter(Boolean);
    if (!tableRows.some((shown) => expected.every((value) => shown.toLowerCase().includes(value.toLowerCase())))) {
      add('shortage', '(aucune ligne de tableau avec ces valeurs)', expected.join(' ; '), row);
    }
  }

  const shortageShown = view.sections.some((section) => /^Disponibilité :/.test(normalize(section.heading)));
  if (rows.shortages.length === 0 && shortageShown) add('shortage', 'section « Disponibilité : … »', 'aucune ligne CIS_CIP_Dispo_Spec', m);
}

/** Generic groups (CIS_GENER_bdpm.txt). */
function genericGroups({ view, rows, context, cis, text, cell, add }: Scope): void {
  for (const row of rows.generics) {
    if (!containsPhrase(text, cell(row, 2))) add('generic-group', '(absent)', `groupe ${cell(row, 1)} : ${cell(row, 2)}`, row);
  }
  const hrefs = new Set(view.links.map((link) => link.href.replace(/^https?:\/\/[^/]+/, '')));
  for (const row of rows.groupMembers) {
    const member = row.cells[2];
    if (member === cis) continue;
    if (context.inBdpm(member) ? !hrefs.has(`/medicaments/${member}/`) : !containsPhrase(text, member)) {
      add(
        'generic-member',
        '(absent)',
        `${member} (groupe ${row.cells[0]})${context.inBdpm(member) ? ', avec un lien' : ', absent de CIS_bdpm.txt, nommé par son CIS'}`,
        row,
      );
    }
  }
}

/** Lists: only loaded ones may be said to leave the medicine out. */
function lists({ view, rows, context, m, text, add }: Scope): void {
  const unloaded = !context.retrocessionLoaded || !context.accessLoaded;
  const wrongListClaims = (value: string) =>
    [
      ...(unloaded && NONE_OF_THE_LISTS.test(value) ? ['« aucune des listes suivies »'] : []),
      ...(!context.retrocessionLoaded ? NOT_ON_RETROCESSION.filter((pattern) => pattern.test(value)).map((pattern) => `« ${pattern.source} »`) : []),
    ].join(', ');
  if (wrongListClaims(text)) add('lists-unloaded', wrongListClaims(text), 'rien sur une liste non chargée', m);
  if (wrongListClaims(normalize(view.description))) add('lists-unloaded-meta', view.description, 'rien sur une liste non chargée', m);
  const mitmShown = view.sections.some((section) => /intérêt thérapeutique majeur/i.test(section.heading));
  if (mitmShown !== (rows.mitm !== undefined))
    add('mitm', mitmShown ? 'affiché MITM' : 'pas de MITM', rows.mitm ? 'MITM' : 'pas sur CIS_MITM.txt', rows.mitm ?? m);
  if (rows.mitm?.cells[1] && !containsPhrase(text, rows.mitm.cells[1])) add('mitm', '(classe ATC absente)', `ATC ${rows.mitm.cells[1]}`, rows.mitm);
}

/** All mismatches of a run in one message: counts of pages per check, then each mismatch. */
export function formatMismatches(mismatches: Mismatch[], pages: number, label: string): string {
  const pagesPerCheck = new Map<string, Set<string>>();
  for (const { check, cis } of mismatches) pagesPerCheck.set(check, (pagesPerCheck.get(check) ?? new Set()).add(cis));
  const summary = [...pagesPerCheck].sort(([a], [b]) => a.localeCompare(b)).map(([check, set]) => `  ${check} : ${set.size} page(s) sur ${pages}`);
  const lines = mismatches.map((m) => `  ${m.cis} [${m.check}] page : ${m.page} — attendu : ${m.expected} (${m.source})`);
  return [
    `Audit des pages (${label}) : ${mismatches.length} écart(s) sur ${new Set(mismatches.map((m) => m.cis)).size} page(s) sur ${pages}`,
    ...summary,
    ...lines,
  ].join('\n');
}
