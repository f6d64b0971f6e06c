import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeContent } from '../../../scripts/lib/content-step/write-content.ts';
import { type Manifest, zeroCounts } from '../../../src/lib/content/manifest.ts';
import { medicine, report } from '../../helpers/content-step.ts';
import { scratch } from '../../helpers/sources.ts';

let work: ReturnType<typeof scratch>;
beforeEach(() => {
  work = scratch('write-content');
});
afterEach(() => work.cleanup());

const manifest: Manifest = { demo: false, sources: [], counts: { ...zeroCounts(), medicines: 1 } };
const changeSets = [{ from: '2025-04-15', to: '2025-07-15', changes: [] }];

describe('writeContent (writing stage)', () => {
  it('writes the medicines one a line, the manifest, the history and the report without its local paths', () => {
    const out = join(work.dir, 'out');
    writeContent(out, {
      entries: [medicine('60000001'), medicine('60000002')],
      manifest,
      changeSets,
      withdrawn: [],
      report: report({ historyTarget: '/snapshots/history.json' }),
    });
    expect(readdirSync(out).sort()).toEqual(['history.json', 'last-changes.json', 'manifest.json', 'medicines.json', 'report.json', 'withdrawn.json']);
    const lines = readFileSync(join(out, 'medicines.json'), 'utf8').split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[1].replace(/,$/, ''))).toEqual(medicine('60000001'));
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toEqual(manifest);
    expect(JSON.parse(readFileSync(join(out, 'history.json'), 'utf8'))).toEqual(changeSets);
    const written = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(written).not.toHaveProperty('sourcesDir');
    expect(written).not.toHaveProperty('historyTarget');
  });

  it('writes nothing when the manifest does not match its schema, leaving the content as it was', () => {
    const out = join(work.dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'medicines.json'), 'previous');
    const bad = { ...manifest, counts: { ...manifest.counts, medicines: -1 } };
    expect(() => writeContent(out, { entries: [medicine('60000001')], manifest: bad, changeSets, withdrawn: [], report: report() })).toThrow();
    expect(readdirSync(out)).toEqual(['medicines.json']);
    expect(readFileSync(join(out, 'medicines.json'), 'utf8')).toBe('previous');
  });
});
