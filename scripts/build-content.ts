/**
 * Content step of the build: official files → content/data/.
 * Usage: node scripts/build-content.ts [--sources <dir>] [--out <dir>] [--strict] [--accept-changes]
 *        [--allow-older-snapshot] [--pending-history <file>]
 * (ACCEPT_CHANGES=1 and ALLOW_OLDER_SNAPSHOT=1 do what the flags do.) The snapshots' change history is recorded
 * only by a whole build (scripts/build-site.ts): this step writes where it goes to
 * --pending-history, and the site build records it once it succeeded.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { buildContent } from './lib/content-step/pipeline.ts';
import { printReport } from './lib/print-report.ts';
import { lockFolders } from './lib/run-lock.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean', default: false },
    'pending-history': { type: 'string' },
    'accept-changes': { type: 'boolean', default: false },
    'allow-older-snapshot': { type: 'boolean', default: false },
  },
});
const started = performance.now();
const root = fileURLToPath(new URL('..', import.meta.url));
try {
  // Run by the site build (--pending-history), this step writes only into the build's staging folder, under its locks.
  if (!values['pending-history']) lockFolders([resolve(values.out ?? join(root, 'content', 'data'))]);
  const report = await buildContent({
    root,
    sourcesFlag: values.sources,
    sourcesEnv: process.env.SOURCES_DIR || undefined,
    outDir: values.out,
    strict: values.strict,
    acceptChanges: values['accept-changes'] || process.env.ACCEPT_CHANGES === '1',
    allowOlderSnapshot: values['allow-older-snapshot'] || process.env.ALLOW_OLDER_SNAPSHOT === '1',
  });
  printReport(report, (performance.now() - started) / 1000);
  if (values['pending-history']) writeFileSync(values['pending-history'], `${JSON.stringify({ target: report.historyTarget, story: report.history })}\n`);
  else if (report.historyTarget)
    console.log(`Historique des listes non enregistré (${report.historyTarget}) : seule une construction complète (npm run build) l'enregistre.`);
} catch (error) {
  console.error(`Échec de l'étape de contenu, rien n'a été écrit.\n${(error as Error).message}`);
  process.exitCode = 1;
}
