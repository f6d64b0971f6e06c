import { describe, expect, it } from 'vitest';
import type { BuildPlace } from '../../../scripts/lib/content-step/locate.ts';
import type { PreviousSnapshot } from '../../../scripts/lib/content-step/previous-snapshot.ts';
import { historyForBuild } from '../../../scripts/lib/content-step/snapshot-history.ts';
import type { ChangeSet } from '../../../src/lib/content/history.ts';
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { medicine, onMitm, report } from '../../helpers/content-step.ts';

const folder = { dir: '/snapshots/2025-07-15', how: '--sources', files: { mitm: 'CIS_MITM.txt' }, unused: [] };
const earlier: ChangeSet = { from: '2025-01-01', to: '2025-04-15', changes: [] };
const later: ChangeSet = { from: '2025-07-15', to: '2025-10-01', changes: [] };
const mitmAccount = { id: 'mitm' as const, file: 'CIS_MITM.txt', read: 1, kept: 1, rejected: 0, duplicates: 0 };

function dated(previous: boolean, recorded: ChangeSet[] = [earlier], older: string | null = null): BuildPlace {
  return {
    folder,
    history: {
      path: '/snapshots/history.json',
      previous: previous ? { dir: '/snapshots/2025-04-15', date: '2025-04-15' } : null,
      current: { date: '2025-07-15' },
    },
    recorded,
    shown: { changeSets: recorded.filter((set) => set.to <= '2025-07-15'), older },
  };
}
const previousWith = (medicines: Medicine[], sourceIds: Array<'mitm' | 'shortages'>): PreviousSnapshot => ({
  date: '2025-04-15',
  dir: '/snapshots/2025-04-15',
  summary: { error: 'not used here' },
  joined: { value: { medicines, files: Object.fromEntries(sourceIds.map((id) => [id, `${id}.txt`])) } },
});

describe('historyForBuild (history stage)', () => {
  it('keeps no history for a folder that is not a dated snapshot', () => {
    const story = report();
    expect(historyForBuild({ folder, history: null, recorded: [], shown: null }, null, [], story)).toEqual({ changeSets: [], persistTo: null, withdrawn: [] });
    expect(story.history.note).toMatch(/^dossier de sources qui n'est pas un instantané daté/);
  });

  it("takes a sources folder's own history as it is", () => {
    const story = report();
    const own = { folder, history: { path: '/demo/history.json', previous: null, current: null }, recorded: [earlier], shown: null };
    expect(historyForBuild(own, null, [], story)).toEqual({ changeSets: [earlier], persistTo: null, withdrawn: [] });
    expect(story.history.note).toBe('historique propre au dossier de sources (/demo/history.json, 1 version(s) comparée(s)), repris tel quel');
  });

  it('compares nothing for a first snapshot', () => {
    const story = report();
    expect(historyForBuild(dated(false), null, [], story)).toEqual({ changeSets: [earlier], persistTo: null, withdrawn: [] });
    expect(story.history).toMatchObject({ snapshot: '2025-07-15', comparedWith: null, note: expect.stringMatching(/^premier instantané de \/snapshots/) });
  });

  it('adds the changes since the previous snapshot on the lists both loaded, to be recorded beside the snapshots', () => {
    const story = report({ accounts: [mitmAccount] });
    const before = [medicine('60000001', onMitm), medicine('60000002', onMitm)];
    const after = [medicine('60000002', onMitm), medicine('60000003', onMitm)];
    const history = historyForBuild(dated(true), previousWith(before, ['mitm', 'shortages']), after, story);
    expect(history.persistTo).toBe('/snapshots/history.json');
    expect(history.changeSets.map((set) => [set.from, set.to])).toEqual([
      ['2025-01-01', '2025-04-15'],
      ['2025-04-15', '2025-07-15'],
    ]);
    expect(history.changeSets[1].changes.map(({ id, kind }) => [id, kind])).toEqual([
      ['60000001', 'removed'],
      ['60000003', 'added'],
    ]);
    expect(story.history.comparedWith).toEqual({ date: '2025-04-15', lists: ['mitm'], counts: [{ list: 'mitm', added: 1, removed: 1, changed: 0 }] });
    expect(story.history.note).toBeNull();
  });

  it('compares an older snapshot allowed to be built, but records nothing', () => {
    const story = report({ accounts: [mitmAccount] });
    const history = historyForBuild(dated(true, [earlier, later], '2025-10-01'), previousWith([], ['mitm']), [], story);
    expect(history.persistTo).toBeNull();
    expect(history.changeSets.map((set) => set.to)).toEqual(['2025-04-15', '2025-07-15']);
    expect(story.history.note).toMatch(/^instantané plus ancien que le plus récent déjà construit \(2025-10-01\), accepté/);
  });

  it('warns and compares nothing when the previous snapshot could not be read or joined', () => {
    const story = report();
    const unreadable: PreviousSnapshot = {
      date: '2025-04-15',
      dir: '/snapshots/2025-04-15',
      summary: { error: 'x' },
      joined: { error: 'CIS_bdpm.txt: fichier tronqué' },
    };
    expect(historyForBuild(dated(true), unreadable, [], story)).toEqual({ changeSets: [earlier], persistTo: null, withdrawn: [] });
    expect(story.warnings).toEqual([
      { file: '/snapshots/2025-04-15', message: 'instantané précédent illisible, pas de comparaison : CIS_bdpm.txt: fichier tronqué' },
    ]);
    expect(story.history.note).toBe("instantané précédent (2025-04-15) illisible : pas de comparaison (voir l'avertissement)");
  });
});
