import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDemoSources } from '../../scripts/demo/generate-demo-sources.ts';
import { buildContent } from '../../scripts/lib/content-step/pipeline.ts';
import { demoDir, projectRoot, scratch } from '../helpers/sources.ts';

describe('embedded demo set', () => {
  const work = scratch('demo');
  afterAll(() => work.cleanup());

  it('is what the generator writes (regenerate with npm run demo:generate)', async () => {
    const fresh = join(work.dir, 'fresh');
    const written = await writeDemoSources(fresh);
    expect(readdirSync(demoDir).sort()).toEqual([...written].sort());
    for (const name of written.filter((file) => !file.endsWith('.xlsx'))) {
      expect(readFileSync(join(fresh, name)), name).toEqual(readFileSync(join(demoDir, name)));
    }
    // Spreadsheet bytes carry zip timestamps: compare what the pipeline reads from them.
    const [committed, regenerated] = [join(work.dir, 'a'), join(work.dir, 'b')];
    await buildContent({ root: projectRoot, sourcesFlag: demoDir, outDir: committed });
    await buildContent({ root: projectRoot, sourcesFlag: fresh, outDir: regenerated });
    const medicines = (dir: string) => readFileSync(join(dir, 'medicines.json'), 'utf8');
    expect(medicines(regenerated)).toEqual(medicines(committed));
  });
});

describe('docs/sources.md', () => {
  it('documents the mappings the reader uses (regenerate with node scripts/docs/sources-doc.ts)', async () => {
    const { renderSourcesDoc } = await import('../../scripts/docs/sources-doc.ts');
    expect(readFileSync(join(projectRoot, 'docs', 'sources.md'), 'utf8')).toBe(renderSourcesDoc());
  });
});
