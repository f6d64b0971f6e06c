import { describe, expect, it } from 'vitest';
import { follow, recordVisit } from '../../src/lib/follow/followed.ts';
import { followedViews } from '../../src/lib/follow/followed-view.ts';

const history = [
  { from: '2025-04-15', to: '2025-07-15', changes: [{ id: '60000001', what: 'ajouté' }] },
  { from: '2025-07-15', to: '2026-01-28', changes: [{ id: '60000001', what: 'prix baissé' }] },
];
const describe_ = (change: { what: string }) => change.what;

describe('followedViews', () => {
  it('lists the changes since the version seen before, with both dates, and links page and feed', () => {
    const followed = recordVisit(
      follow(follow([], { id: '60000001', name: 'Alpha' }, '2025-07-15'), { id: '60000002', name: 'Bêta' }, '2025-07-15'),
      '2026-01-28',
    );
    expect(followedViews(followed, history, describe_)).toEqual([
      {
        id: '60000001',
        name: 'Alpha',
        href: '/medicaments/60000001/',
        feed: '/flux/medicaments/60000001.xml',
        summary: 'Un changement depuis la version du 15/07/2025, la dernière que vous aviez vue :',
        changes: ['prix baissé (version du 28/01/2026, comparée à celle du 15/07/2025)'],
      },
      {
        id: '60000002',
        name: 'Bêta',
        href: '/medicaments/60000002/',
        feed: null,
        summary: 'Aucun changement enregistré depuis la version du 15/07/2025 dans les fichiers comparés.',
        changes: [],
      },
    ]);
  });

  it('says the changes are unknown, not that nothing is new, when the history could not be loaded', () => {
    const [view] = followedViews<{ id: string; what: string }>(follow([], { id: '60000001', name: 'Alpha' }, '2025-07-15'), null, describe_);
    expect([view.summary, view.changes, view.feed]).toEqual(["Changements inconnus : l'historique n'a pas pu être chargé.", [], null]);
  });

  it('counts from the start for a medicine followed before any comparison', () => {
    const [view] = followedViews(recordVisit(follow([], { id: '60000001', name: 'Alpha' }, null), '2026-01-28'), history, describe_);
    expect(view.summary).toBe('2 changements depuis que vous le suivez :');
  });
});
