/**
 * Content step of the build: official files → content/data/.
 * Usage: node scripts/build-content.ts [--sources <dir>] [--out <dir>] [--strict] [--accept-changes]
 * (ACCEPT_CHANGES=1 does what --accept-changes does, also through `npm run build`.)
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildContent } from './lib/build-content.ts';
import { printReport } from './lib/print-report.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean', default: false },
    // Also ACCEPT_CHANGES=1, which reaches this step through `npm run build`.
    'accept-changes': { type: 'boolean', default: false },
  },
});
const started = performance.now();
try {
  const report = await buildContent({
    root: fileURLToPath(new URL('..', import.meta.url)),
    sourcesFlag: values.sources,
    sourcesEnv: process.env.SOURCES_DIR || undefined,
    outDir: values.out,
    strict: values.strict,
    acceptChanges: values['accept-changes'] || process.env.ACCEPT_CHANGES === '1',
  });
  printReport(report, (performance.now() - started) / 1000);
} catch (error) {
  console.error(`Échec de l'étape de contenu, rien n'a été écrit.\n${(error as Error).message}`);
  process.exitCode = 1;
}
