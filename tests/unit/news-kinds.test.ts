import { describe, expect, it } from 'vitest';
import type { Change, ChangeSet } from '../../src/lib/content/history.ts';
import { byMedicine, newestFirst, newsKindPages, newsKinds, newsSections, versionCoverage, versionFiles, versionTitle } from '../../src/lib/news/news-kinds.ts';
import { topics } from '../../src/lib/content/history.ts';

const change = (id: string, name: string, topic: Change['topic'], kind: Change['kind'], files = ['CIS_bdpm.txt']): Change => ({ id, name, topic, kind, files });
const set: ChangeSet = {
  from: '2025-07-01',
  to: '2026-01-28',
  changes: [
    change('2', 'Zèbre', 'bdpm', 'added'),
    change('1', 'alpha', 'bdpm', 'added'),
    change('3', 'Bêta', 'shortages', 'removed', ['CIS_CIP_Dispo_Spec.txt']),
    change('4', 'Gamma', 'presentations', 'changed', ['CIS_CIP_bdpm.txt']),
  ],
};

describe('news kinds', () => {
  it('puts every topic and kind of change in exactly one kind', () => {
    for (const topic of topics) {
      for (const kind of ['added', 'removed', 'changed'] as const) {
        expect(newsKinds.filter((k) => k.matches({ topic, kind })).length, `${topic} ${kind}`).toBe(1);
      }
    }
    expect(new Set(newsKinds.map((kind) => kind.slug)).size).toBe(newsKinds.length);
  });

  it('gives a version its kinds with changes, in order, names sorted the French way', () => {
    const sections = newsSections(set);
    expect(sections.map((s) => [s.kind.slug, s.href, s.changes.map((c) => c.name)])).toEqual([
      ['nouveaux-medicaments', '/nouveautes/2026-01-28/nouveaux-medicaments/', ['alpha', 'Zèbre']],
      ['prix-remboursement', '/nouveautes/2026-01-28/prix-remboursement/', ['Gamma']],
      ['ruptures-retirees', '/nouveautes/2026-01-28/ruptures-retirees/', ['Bêta']],
    ]);
    expect(newsKindPages([set]).map((page) => page.section.kind.slug)).toEqual(['nouveaux-medicaments', 'prix-remboursement', 'ruptures-retirees']);
  });

  it('lists versions newest first, with both dates and the files read', () => {
    const older = { from: '2025-01-01', to: '2025-07-01', changes: [] };
    expect(newestFirst([older, set]).map((s) => s.to)).toEqual(['2026-01-28', '2025-07-01']);
    expect(versionTitle(set)).toBe('Version du 28/01/2026 (comparée à celle du 01/07/2025)');
    expect(versionFiles(set)).toEqual(['CIS_CIP_Dispo_Spec.txt', 'CIS_CIP_bdpm.txt', 'CIS_bdpm.txt']);
  });
});

describe('versionCoverage', () => {
  it('names the topics compared and those not, whose changes are unknown', () => {
    expect(versionCoverage({ compared: ['bdpm', 'presentations', 'conditions', 'genericGroups', 'mitm', 'shortages'] })).toBe(
      'Sujets comparés : Base de données publique des médicaments, Présentations, Conditions de prescription et de délivrance, Groupes génériques, Liste des MITM, Ruptures et tensions.' +
        " Non comparés, faute du fichier dans l'une des deux versions : Liste de rétrocession, Accès dérogatoire ; leurs changements ne sont pas connus.",
    );
    expect(versionCoverage({ compared: [...topics] })).not.toMatch(/Non comparés/);
    expect(versionCoverage({})).toBe("Sujets comparés non enregistrés par cet historique (écrit avant qu'ils le soient).");
  });
});

describe('byMedicine', () => {
  it('groups consecutive changes of one medicine, keeping their order', () => {
    const changes = [
      change('1', 'A', 'presentations', 'changed'),
      change('1', 'A', 'presentations', 'added'),
      change('2', 'B', 'presentations', 'changed'),
      change('1', 'A', 'bdpm', 'added'),
    ];
    expect(byMedicine(changes).map((group) => [group.id, group.changes.map((c) => c.kind)])).toEqual([
      ['1', ['changed', 'added']],
      ['2', ['changed']],
      ['1', ['added']],
    ]);
  });
});
