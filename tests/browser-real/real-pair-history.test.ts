/**
 * The history of the real pair (issue 27): the January 2026 snapshot built after the July 2025
 * one (global-setup.ts, project browser-real-2026-01). On real medicines picked from the two
 * files, one change of each kind in the published history and on the medicine's page: entered,
 * withdrawn (page kept), condition added, price changed, shortage opened and closed. Reads the
 * built files: no browser needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { ChangeSet } from '../../src/lib/content/history.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { REAL_PAIR } from '../browser/global-setup.ts';
import { januarySnapshotDir, realSnapshotDirs, realSnapshotPresent } from '../helpers/sources.ts';

const present = realSnapshotDirs.every((dir) => realSnapshotPresent("historique de la paire d'instantanés réels", dir));
const siteDir: string = inject('siteDir');
const JANUARY = '28/01/2026';

/** The text of a built page, tags dropped and entities of the apostrophe undone. */
function pageText(id: string): string {
  const path = join(siteDir, 'medicaments', id, 'index.html');
  expect(existsSync(path), `page ${id}`).toBe(true);
  return readFileSync(path, 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}
const historySection = (id: string) => pageText(id).split(' Historique ')[1] ?? '';

describe.skipIf(!present || inject('snapshotDir') !== januarySnapshotDir)('history of the real pair July 2025 → January 2026', () => {
  const history = present ? (JSON.parse(readFileSync(join(siteDir, 'donnees', 'historique.json'), 'utf8')) as ChangeSet[]) : [];
  const medicines = present
    ? new Map((JSON.parse(readFileSync(join(siteDir, 'donnees', 'medicaments.json'), 'utf8')) as Medicine[]).map((m) => [m.id, m]))
    : new Map();
  const changes = history[0]?.changes ?? [];
  const find = (id: string, topic: string, kind: string) => changes.filter((change) => change.id === id && change.topic === topic && change.kind === kind);

  it('compares the two snapshots once, with the counts of the files', () => {
    expect(history.map(({ from, to }) => [from, to])).toEqual([[REAL_PAIR.july, REAL_PAIR.january]]);
    const count = (topic: string, kind: string) => changes.filter((change) => change.topic === topic && change.kind === kind).length;
    // 304 CIS new and 293 gone in CIS_bdpm.txt (../shared/data/README.md); shortages as before this issue.
    expect([count('bdpm', 'added'), count('bdpm', 'removed')]).toEqual([304, 293]);
    expect([count('shortages', 'added'), count('shortages', 'removed'), count('shortages', 'changed')]).toEqual([100, 79, 766]);
    expect(new Set(changes.filter((change) => change.topic === 'conditions').map((change) => change.id)).size).toBe(94);
    expect(
      new Set(
        changes
          .filter((change) => change.topic === 'presentations' && change.kind === 'changed' && /price|Rate|Fee/.test(change.field ?? ''))
          .map((change) => change.key),
      ).size,
    ).toBe(882);
  });

  it('a new medicine: SOGROYA 10 mg entered CIS_bdpm.txt', () => {
    expect(find('60051647', 'bdpm', 'added')).toEqual([expect.objectContaining({ files: ['CIS_bdpm.txt'] })]);
    expect(historySection('60051647')).toContain(`Version du ${JANUARY}`);
  });

  it('a withdrawn medicine: COVERAM 10 mg/10 mg keeps its page, with the window and what July said, no current price', () => {
    expect(find('60068251', 'bdpm', 'removed')).toHaveLength(1);
    const entry = medicines.get('60068251');
    expect(entry).toMatchObject({ inBdpm: false, retiredOn: REAL_PAIR.january, presentations: [], shortageState: null, lastKnown: { on: REAL_PAIR.july } });
    expect(entry?.lastKnown?.presentations.length).toBeGreaterThan(0);
    const text = pageText('60068251');
    expect(text).toContain(`n'est plus dans la BDPM depuis la version du ${JANUARY} ; il était présent dans celle du 01/07/2025 (CIS_bdpm.txt)`);
    expect(text).not.toContain('€');
  });

  it('a condition added: CONCERTA LP 54 mg now on a secure prescription', () => {
    expect(find('60047182', 'conditions', 'added')).toContainEqual(
      expect.objectContaining({ key: 'prescription sur ordonnance sécurisée', category: 'ordonnance-securisee', files: ['CIS_CPD_bdpm.txt'] }),
    );
    expect(historySection('60047182')).toContain('prescription sur ordonnance sécurisée');
  });

  it('a price changed: LEVETIRACETAM VIATRIS 250 mg from 15.15 to 14.05 €', () => {
    expect(find('60044784', 'presentations', 'changed')).toContainEqual(
      expect.objectContaining({ key: '3400941626104', field: 'price', old: '15.15', new: '14.05', files: ['CIS_CIP_bdpm.txt'] }),
    );
    const text = historySection('60044784');
    // Currency as Intl writes it in French: a no-break space before the euro sign.
    expect(text).toMatch(/15,15\s€/);
    expect(text).toMatch(/14,05\s€/);
  });

  it('shortages opened (ONCOVIN 1 mg) and closed (TETRALYSAL 150 mg)', () => {
    expect(find('60368099', 'shortages', 'added')).toEqual([expect.objectContaining({ files: ['CIS_CIP_Dispo_Spec.txt'] })]);
    expect(find('60061171', 'shortages', 'removed')).toEqual([expect.objectContaining({ files: ['CIS_CIP_Dispo_Spec.txt'] })]);
    expect(medicines.get('60061171')?.shortageState).toBeNull();
    for (const id of ['60368099', '60061171']) expect(historySection(id)).toMatch(new RegExp(`Version du ${JANUARY}.*fichier des ruptures et tensions`));
  });
});
