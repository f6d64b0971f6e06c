/**
 * The content step: read every official file found in the sources folder, validate,
 * join, check the result against the collection schema and swap it into content/data/.
 * Any fatal problem throws before anything is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { type Manifest, type ManifestSource, type Medicine, manifestSchema, medicineSchema } from '../../src/lib/content/medicine.ts';
import type { ChangeSet } from '../../src/lib/content/history.ts';
import { isoDateSchema, isoToday } from '../../src/lib/dates.ts';
import { LAST_CHANGES_FILE, lastChangeDates } from '../../src/lib/seo/sitemap-dates.ts';
import { conditionCoverage } from './classify/prescription-conditions.ts';
import { checkFileSet } from './checks/file-set.ts';
import { clearImplausibleDates, dateCeiling } from './checks/implausible-dates.ts';
import { checkChanges } from './checks/check-changes.ts';
import { checkUnknownHeaders } from './checks/list-checks.ts';
import { historyUpTo } from './checks/snapshot-order.ts';
import { summarise } from '../../src/lib/history-view.ts';
import { applyHistory } from './history/apply-history.ts';
import { diffLists, loadedLists } from './history/diff-lists.ts';
import { type HistoryPlace, locateHistory, readHistory, serialiseHistory, withChangeSet } from './history/history-store.ts';
import { type JoinInputs, joinMedicines } from './join-medicines.ts';
import { isBdpmFile, parseSourceFile } from './parse-source.ts';
import type { ParsedSource } from './parse/records.ts';
import { type Rejection, SourceError, type SourceLocation, formatLocation } from './problems.ts';
import { sourceDate } from './source-dates.ts';
import { DEMO_MARKER, type SourceId, type SourcesFolder, locateSources } from './sources-dir.ts';
import type { ContentReport, SourceAccount } from './content-report.ts';
import { readFolderPackage } from '../sources/datapackage/package-sources.ts';
import { writeFolderAtomically } from './write-atomically.ts';

const BDPM_DOWNLOAD = 'https://base-donnees-publique.medicaments.gouv.fr/telechargement.php?fichier=';

/** Written by `sources:fetch` (or by hand) beside the files: their origin and date. */
const fetchManifestSchema = z.object({
  files: z
    .record(
      z.string(),
      z.object({
        url: z.url().optional(),
        published: z.object({ date: isoDateSchema, how: z.enum(['last-modified', 'page-update', 'package-created']) }).nullish(),
      }),
    )
    .default({}),
});
const demoMarkerSchema = z.object({ date: isoDateSchema });

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  try {
    return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new SourceError({ file: path }, `fichier de description illisible : ${(error as Error).message}`);
  }
}

function countBy(medicines: Medicine[]): Manifest['counts'] {
  const counts: Manifest['counts'] = {
    medicines: medicines.length,
    bdpm: 0,
    listOnly: 0,
    retrocession: 0,
    mitm: 0,
    accesDerogatoire: 0,
    AAC: 0,
    AAP: 0,
    CPC: 0,
    shortage: 0,
    rupture: 0,
    tension: 0,
    arret: 0,
    remise: 0,
    retired: 0,
  };
  for (const medicine of medicines) {
    if (medicine.retiredOn) {
      counts.retired++;
      continue;
    }
    counts[medicine.inBdpm ? 'bdpm' : 'listOnly']++;
    if (medicine.retrocession.length > 0) counts.retrocession++;
    if (medicine.mitm) counts.mitm++;
    if (medicine.accesDerogatoire.length > 0) counts.accesDerogatoire++;
    for (const type of new Set(medicine.accesDerogatoire.map((access) => access.type))) counts[type]++;
    if (medicine.shortageState) {
      counts.shortage++;
      counts[medicine.shortageState]++;
    }
  }
  return counts;
}

function genericGroupCounts(medicines: Medicine[]): ContentReport['genericGroups'] {
  const memberships = medicines.flatMap((medicine) => medicine.genericGroups);
  return {
    groups: new Set(memberships.map((membership) => membership.id)).size,
    memberships: memberships.length,
    medicines: medicines.filter((medicine) => medicine.genericGroups.length > 0).length,
  };
}

/** What the manifest says of a source file besides its row counts, which come from the report's accounting. */
type SourceFacts = Omit<ManifestSource, 'rows' | 'kept' | 'rejected' | 'duplicates' | 'joinShare'>;

export async function readSources(folder: SourcesFolder): Promise<{ inputs: JoinInputs; files: SourceFacts[]; report: ContentReport }> {
  const demo = existsSync(join(folder.dir, DEMO_MARKER));
  const demoDate = demo ? readJson(join(folder.dir, DEMO_MARKER), demoMarkerSchema).date : null;
  const fetched = existsSync(join(folder.dir, 'manifest.json'))
    ? readJson(join(folder.dir, 'manifest.json'), fetchManifestSchema).files
    : {};

  const inputs: JoinInputs = {};
  const files: SourceFacts[] = [];
  const report: ContentReport = {
    sourcesDir: folder.dir,
    demo,
    accounts: [],
    rejections: [],
    duplicates: [],
    warnings: [],
    unused: folder.unused,
    acceptedChanges: [],
    counts: {},
    conditions: { categories: [], headers: [], unclassified: [] },
    genericGroups: { groups: 0, memberships: 0, medicines: 0 },
    historyTarget: null,
    history: { snapshot: null, comparedWith: null, note: null },
  };

  const datapackage = folder.datapackage ? await readFolderPackage(folder, fetched, demo, demoDate) : null;
  for (const [id, file] of Object.entries(datapackage?.txtFiles ?? folder.files) as Array<[SourceId, string]>) {
    const path = join(folder.dir, file);
    const bytes = readFileSync(path);
    const { parsed, encoding } = await parseSourceFile(id, file, bytes);
    (inputs as Record<string, unknown>)[id] = parsed;
    report.rejections.push(...parsed.rejections);
    report.duplicates.push(...parsed.duplicates);
    report.warnings.push(...parsed.warnings.map((message) => ({ file, message })));
    const origin = fetched[file];
    files.push({
      id,
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.byteLength,
      ...sourceDate(id, parsed, origin?.published ?? null, demoDate),
      originUrl: origin?.url ?? (isBdpmFile(id) && !demo ? `${BDPM_DOWNLOAD}${file}` : null),
      encoding,
      demo,
    });
    report.accounts.push({
      id,
      file,
      read: parsed.read,
      kept: parsed.records.length,
      rejected: parsed.rejections.length,
      duplicates: parsed.duplicates.length,
      ...(parsed.sheet === undefined ? {} : { sheet: parsed.sheet, unknownHeaders: parsed.unknownHeaders ?? [] }),
    });
  }
  datapackage?.addTo(inputs, files, report);
  // Once every source is dated: a date far past the data's own date is a typo, not published.
  const ceiling = dateCeiling(
    files.map((file) => file.date),
    isoToday(),
  );
  for (const parsed of Object.values(inputs) as Array<ParsedSource<Record<string, unknown>>>) {
    report.warnings.push(...clearImplausibleDates(parsed, ceiling));
  }
  return { inputs, files, report };
}

/**
 * A detail row of the BDPM (presentation, composition, condition…) whose CIS is absent
 * from CIS_bdpm.txt is found only by the join: it moves from its file's kept rows to its
 * rejected rows. The report's accounting is the one count of each file's rows; the
 * manifest copies it (manifestSources).
 */
export function countOrphans(report: ContentReport, orphans: Rejection[]): void {
  for (const orphan of orphans) {
    report.rejections.push(orphan);
    const account = accountOf(report, orphan.file);
    account.kept--;
    account.rejected++;
  }
}

function accountOf(report: ContentReport, file: string): SourceAccount {
  const account = report.accounts.find((candidate) => candidate.file === file);
  if (!account) throw new Error(`${file} : fichier absent du décompte des lignes`);
  return account;
}

/** The manifest's sources: each file's facts, with its row counts as the report's accounting has them (in the manifest's key order). */
export function manifestSources(files: SourceFacts[], report: ContentReport): ManifestSource[] {
  return files.map(({ id, file, sha256, size, ...origin }) => {
    const { read, kept, rejected, duplicates, joinShare } = accountOf(report, file);
    return { id, file, sha256, size, rows: read, kept, rejected, duplicates, joinShare: joinShare ?? null, ...origin };
  });
}

export interface BuildContentOptions {
  root: string;
  sourcesFlag?: string;
  sourcesEnv?: string;
  /** Where content goes; content/data by default. */
  outDir?: string;
  /** Treat any rejected row, and any unknown spreadsheet column, as fatal. */
  strict?: boolean;
  /** Accept large changes (shrunk sources or lists, low join shares) instead of stopping. */
  acceptChanges?: boolean;
  /** Build a snapshot older than the newest one the history has recorded (the site goes back). */
  allowOlderSnapshot?: boolean;
}

/** The file (and row) a value at `path` of an entry comes from: the nearest provenance on the path, else the entry's files. */
function sourceOf(entry: Medicine, path: PropertyKey[]): SourceLocation {
  let found: SourceLocation = { file: entry.sources?.length ? entry.sources.join(', ') : 'historique des changements' };
  let node: unknown = entry;
  for (const key of path) {
    node = (node as Record<PropertyKey, unknown> | null | undefined)?.[key];
    const from = (node as { from?: unknown } | null | undefined)?.from;
    const provenance = Array.isArray(from) ? from[0] : from;
    if (provenance && typeof provenance.source === 'string') found = { file: provenance.source, row: provenance.row };
  }
  return found;
}

/**
 * Checks the entries against the collection schema. A fault names the entry id, the field
 * path and the source file (and row) the value comes from, rather than a raw zod dump.
 */
export function checkEntries(entries: Medicine[]): Medicine[] {
  const faults: Array<{ location: SourceLocation; text: string }> = [];
  const checked = entries.map((entry) => {
    const result = medicineSchema.safeParse(entry);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const field = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '') || '(entrée entière)';
      const location = sourceOf(entry, issue.path);
      faults.push({ location, text: `${String(entry.id)}, champ ${field} (${formatLocation(location)}) : ${issue.message}` });
    }
    return entry;
  });
  if (faults.length === 0) return checked;
  const shown = faults.slice(0, 20).map(({ text }) => `  - ${text}`);
  if (faults.length > shown.length) shown.push(`  … et ${faults.length - shown.length} autre(s)`);
  throw new SourceError(
    faults[0].location,
    `${faults.length} valeur(s) ne respectent pas le schéma des médicaments (src/lib/content/medicine.ts) :\n${shown.join('\n')}`,
  );
}

export async function buildContent(options: BuildContentOptions): Promise<ContentReport> {
  const folder = locateSources(options.root, options.sourcesFlag, options.sourcesEnv);
  if (!folder.datapackage && Object.keys(folder.files).length === 0) {
    throw new SourceError({ file: folder.dir }, 'aucun fichier officiel reconnu dans ce dossier');
  }
  checkFileSet(folder);
  // Before any file is read: going back in time is refused at once.
  const place = locateHistory(folder.dir);
  const recorded = place ? readHistory(place.path) : [];
  if (place?.current) historyUpTo(recorded, place.current.date, place.path, options.allowOlderSnapshot === true);
  const { inputs, files, report } = await readSources(folder);
  checkUnknownHeaders(inputs, options.strict === true);
  await checkChanges(folder, inputs, report, options.acceptChanges === true, readSources);
  const { medicines, orphans } = joinMedicines(inputs);
  const history = await historyFor(folder, place, recorded, medicines, report, options.allowOlderSnapshot === true);

  countOrphans(report, orphans);
  if (options.strict && report.rejections.length > 0) {
    const [first] = report.rejections;
    throw new SourceError(first, `${first.reason} (${report.rejections.length} ligne(s) rejetée(s), mode strict)`);
  }
  // A last guard: what the pages will load must match the collection schema.
  const entries = checkEntries(applyHistory(medicines, history.changeSets));
  const manifest: Manifest = { demo: report.demo, sources: manifestSources(files, report), counts: countBy(entries) };
  report.counts = manifest.counts;
  report.conditions = conditionCoverage(entries.map((entry) => entry.prescriptionConditions));
  if (options.strict && report.conditions.unclassified.length > 0) {
    const texts = report.conditions.unclassified.map((text) => `« ${text} »`).join(', ');
    // The texts' file: CIS_CPD_bdpm.txt, or the package's specialite_delivrance resource.
    const file = inputs.prescriptionConditions?.file ?? 'CIS_CPD_bdpm.txt';
    throw new SourceError({ file, column: file === 'CIS_CPD_bdpm.txt' ? '2 (condition)' : '« code_delivrance »' }, `condition(s) non classée(s) : ${texts} (mode strict)`);
  }
  report.genericGroups = genericGroupCounts(entries);
  manifestSchema.parse(manifest);

  writeFolderAtomically(options.outDir ?? join(options.root, 'content', 'data'), {
    'medicines.json': `[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`,
    [LAST_CHANGES_FILE]: `${JSON.stringify(lastChangeDates(entries))}\n`,
    'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'history.json': serialiseHistory(history.changeSets),
    'report.json': `${JSON.stringify({ ...report, sourcesDir: undefined, historyTarget: undefined }, null, 2)}\n`,
  });
  // The snapshots' shared history is not written here: the site build records it only once
  // Astro and Pagefind have succeeded too (recordHistory in history-store.ts).
  report.historyTarget = history.persistTo;
  return report;
}

/**
 * The change history for this build (`recorded`, read once by the caller from `place`): the sources folder's own, or, for a dated snapshot,
 * the snapshots' history with the change set from the previous snapshot added. What was done
 * goes to report.history, for the console.
 */
async function historyFor(
  folder: SourcesFolder,
  place: HistoryPlace | null,
  recorded: ChangeSet[],
  medicines: Medicine[],
  report: ContentReport,
  allowOlder: boolean,
): Promise<{ changeSets: ChangeSet[]; persistTo: string | null }> {
  const story = report.history;
  if (!place) {
    story.note = "dossier de sources qui n'est pas un instantané daté (data/sources/AAAA-MM-JJ/) : pas de comparaison, aucun historique";
    return { changeSets: [], persistTo: null };
  }
  if (!place.current) {
    story.note = `historique propre au dossier de sources (${place.path}, ${recorded.length} version(s) comparée(s)), repris tel quel`;
    return { changeSets: recorded, persistTo: null };
  }
  story.snapshot = place.current.date;
  const { changeSets, older } = historyUpTo(recorded, place.current.date, place.path, allowOlder);
  if (older) story.note = `instantané plus ancien que le plus récent déjà construit (${older}), accepté : historique montré jusqu'au ${place.current.date}, ${place.path} non modifié`;
  if (!place.previous) {
    story.note ??= `premier instantané de ${dirname(place.path)} : aucun instantané plus ancien à côté, pas de comparaison`;
    return { changeSets, persistTo: null };
  }
  try {
    const previous = await readSources(locateSources(folder.dir, place.previous.dir, undefined));
    const before = joinMedicines(previous.inputs).medicines;
    const ids = (accounts: ContentReport['accounts']) => accounts.map((account) => account.id);
    const lists = loadedLists(ids(previous.report.accounts)).filter((list) => loadedLists(ids(report.accounts)).includes(list));
    const changeSet = diffLists(before, medicines, place.previous.date, place.current.date, lists);
    const counts = summarise(changeSet).map(({ list, added, removed, changed }) => ({ list, added: added.length, removed: removed.length, changed: changed.length }));
    story.comparedWith = { date: place.previous.date, lists, counts };
    return { changeSets: withChangeSet(changeSets, changeSet), persistTo: older ? null : place.path };
  } catch (error) {
    report.warnings.push({ file: place.previous.dir, message: `instantané précédent illisible, pas de comparaison : ${(error as Error).message}` });
    story.note ??= `instantané précédent (${place.previous.date}) illisible : pas de comparaison (voir l'avertissement)`;
    return { changeSets, persistTo: null };
  }
}
