import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateBuild } from '../../../scripts/lib/content-step/locate.ts';
import { copyOfDemo, demoDir, projectRoot, scratch } from '../../helpers/sources.ts';

let work: ReturnType<typeof scratch>;
beforeEach(() => {
  work = scratch('locate');
});
afterEach(() => work.cleanup());

describe('locateBuild (first stage)', () => {
  it("finds a folder's own history, which it shows as it is", () => {
    const place = locateBuild({ root: projectRoot, sourcesFlag: demoDir });
    expect(place.folder.dir).toBe(demoDir);
    expect(place.history).toEqual({ path: join(demoDir, 'history.json'), previous: null, current: null });
    expect(place.recorded.length).toBeGreaterThan(0);
    expect(place.shown).toBeNull();
  });

  it('refuses a folder without any official file', () => {
    const empty = join(work.dir, 'empty');
    mkdirSync(empty);
    expect(() => locateBuild({ root: projectRoot, sourcesFlag: empty })).toThrow(`${empty}: aucun fichier officiel reconnu dans ce dossier`);
  });

  it('refuses a dated snapshot older than the newest one built, unless going back is allowed', () => {
    const snapshots = join(work.dir, 'snapshots');
    mkdirSync(snapshots);
    const dir = copyOfDemo(snapshots);
    const dated = join(snapshots, '2025-07-15');
    // A dated snapshot carries no history of its own: it sits beside the snapshots' one.
    rmSync(join(dir, 'history.json'));
    renameSync(dir, dated);
    writeFileSync(join(snapshots, 'history.json'), JSON.stringify([{ from: '2025-07-15', to: '2025-10-01', changes: [] }]));
    expect(() => locateBuild({ root: projectRoot, sourcesFlag: dated })).toThrow(
      /l'instantané choisi \(2025-07-15\) est plus ancien que le plus récent déjà construit \(2025-10-01\)/,
    );
    const place = locateBuild({ root: projectRoot, sourcesFlag: dated, allowOlderSnapshot: true });
    expect(place.history).toEqual({ path: join(snapshots, 'history.json'), previous: null, current: { date: '2025-07-15' } });
    expect(place.shown).toEqual({ changeSets: [], older: '2025-10-01' });
  });
});
