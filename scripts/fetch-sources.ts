/**
 * npm run sources:fetch [-- --out data/sources --date AAAA-MM-JJ --config sources.json
 *                          --timeout 60000 --retries 4
 *                          --datapackage [--datapackage-url <url>] [--without-bdpm]]
 * --datapackage adds the ANSM Open Data package (a zip); --without-bdpm leaves out the BDPM .txt
 * files (for when the BDPM site is closed).
 * Downloads the current official files into data/sources/<date>/ with a manifest. One run at a
 * time per output folder (scripts/lib/run-lock.ts); a host that cannot be reached fails at once
 * with its cause (scripts/fetch/http-download.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isIsoDate, isoToday } from '../src/lib/dates.ts';
import { fetchSnapshot } from './fetch/fetch-snapshot.ts';
import { datapackageSource, officialSourceSchema, officialSources } from './fetch/official-sources.ts';
import { lockFolders } from './lib/run-lock.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(root, 'data', 'sources') },
    date: { type: 'string', default: isoToday() },
    config: { type: 'string' },
    timeout: { type: 'string', default: '60000' },
    retries: { type: 'string', default: '4' },
    backoff: { type: 'string', default: '2000' },
    datapackage: { type: 'boolean', default: false },
    'datapackage-url': { type: 'string' },
    'without-bdpm': { type: 'boolean', default: false },
  },
});
if (!isIsoDate(values.date)) {
  console.error(`--date attend AAAA-MM-JJ, reçu « ${values.date} »`);
  process.exit(2);
}
try {
  lockFolders([resolve(values.out)]);
} catch (error) {
  console.error(`Téléchargement non lancé ; rien n'a été modifié.\n${(error as Error).message}`);
  process.exit(1);
}
const listed = values.config ? z.array(officialSourceSchema).parse(JSON.parse(readFileSync(values.config, 'utf8'))) : officialSources;
const sources = [
  ...listed.filter((source) => !(values['without-bdpm'] && source.kind === 'bdpm')),
  ...(values.datapackage || values['datapackage-url'] ? [datapackageSource(values['datapackage-url'])] : []),
];
try {
  const { dir, manifest } = await fetchSnapshot({
    outRoot: resolve(values.out),
    date: values.date,
    sources,
    download: { timeoutMs: Number(values.timeout), retries: Number(values.retries), backoffMs: Number(values.backoff) },
    log: (message) => console.log(message),
  });
  console.log(`Instantané écrit : ${dir} (${Object.keys(manifest.files).length} fichiers)`);
} catch (error) {
  console.error(`Échec du téléchargement.\n${(error as Error).message}`);
  process.exitCode = 1;
}
