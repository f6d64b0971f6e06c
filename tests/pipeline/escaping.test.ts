import { execFile } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../scripts/demo/generate-demo-sources.ts';
import { decodeText } from '../../scripts/lib/read/decode-text.ts';
import { copyOfDemo, projectRoot, scratch } from '../helpers/sources.ts';

const run = promisify(execFile);

describe('cell text on the built pages', () => {
  const work = scratch('escaping');
  afterAll(() => work.cleanup());

  it('is escaped, never markup', async () => {
    const sources = copyOfDemo(work.dir);
    const medicinesFile = join(sources, 'CIS_bdpm.txt');
    const text = decodeText(readFileSync(medicinesFile)).text.replace('PARACÉTAMOL DÉMO 500 mg', 'PARACÉTAMOL <script>alert("nom")</script> DÉMO');
    writeFileSync(medicinesFile, encodeWindows1252(text));
    appendFileSync(join(sources, 'CIS_CPD_bdpm.txt'), '60000011\t<img src=x onerror=alert(1)>\r\n');
    const out = join(work.dir, 'site');
    await run(process.execPath, ['scripts/build-site.ts', '--sources', sources, '--out', out, '--content', join(work.dir, 'content')], { cwd: projectRoot });

    const html = readFileSync(join(out, 'medicaments', '60000011', 'index.html'), 'utf8');
    expect(html).toContain('PARACÉTAMOL &lt;script&gt;alert(&quot;nom&quot;)&lt;/script&gt; DÉMO');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Inside a quoted attribute value "<" is inert text; everywhere else it must be escaped.
    const outsideAttributes = (page: string) => page.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes(html)).not.toMatch(/<script>alert|<img src=x/);
    const list = readFileSync(join(out, 'medicaments', 'lettre', 'p', 'index.html'), 'utf8');
    expect(outsideAttributes(list)).not.toContain('<script>alert');
  });
});
