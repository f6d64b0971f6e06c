import { describe, expect, it } from 'vitest';
import { changesSince, follow, newestVersion, readFollowed, recordVisit, unfollow, writeFollowed } from '../../src/lib/follow/followed.ts';

const history = [
  {
    from: '2025-04-15',
    to: '2025-07-15',
    changes: [
      { id: 'A', what: 'a1' },
      { id: 'B', what: 'b1' },
    ],
  },
  {
    from: '2025-07-15',
    to: '2026-01-28',
    changes: [
      { id: 'A', what: 'a2' },
      { id: 'A', what: 'a3' },
    ],
  },
];

describe('followed medicines', () => {
  it('reads back what it wrote, and reads anything else as an empty list, entry by entry', () => {
    const list = follow([], { id: 'A', name: 'Alpha "1"' }, '2025-07-15');
    expect(readFollowed(writeFollowed(list))).toEqual(list);
    expect(readFollowed(null)).toEqual([]);
    expect(readFollowed('pas du JSON')).toEqual([]);
    expect(readFollowed('{"id":"A"}')).toEqual([]);
    expect(readFollowed('[{"id":"A","name":"x","before":"15/07/2025","seen":null},{"id":"B","name":"y","before":null,"seen":null}]')).toEqual([
      { id: 'B', name: 'y', before: null, seen: null },
    ]);
  });

  it('follows a medicine once, and unfollows it', () => {
    const once = follow(follow([], { id: 'A', name: 'Alpha' }, null), { id: 'A', name: 'Alpha' }, '2026-01-28');
    expect(once).toEqual([{ id: 'A', name: 'Alpha', before: null, seen: null }]);
    expect(unfollow(follow(once, { id: 'B', name: 'Bêta' }, null), 'A').map((entry) => entry.id)).toEqual(['B']);
  });

  it('shows nothing new when just followed, then the changes of a newer version, still on a reload, until a newer one', () => {
    let list = follow([], { id: 'A', name: 'Alpha' }, newestVersion(history.slice(0, 1)));
    list = recordVisit(list, '2025-07-15');
    expect(changesSince(history.slice(0, 1), list[0])).toEqual([]);
    list = recordVisit(list, newestVersion(history));
    expect(changesSince(history, list[0]).map((change) => [change.what, change.from, change.to])).toEqual([
      ['a2', '2025-07-15', '2026-01-28'],
      ['a3', '2025-07-15', '2026-01-28'],
    ]);
    // A reload: the same version, the same news.
    expect(changesSince(history, recordVisit(list, '2026-01-28')[0])).toHaveLength(2);
    expect(changesSince(history, recordVisit(list, '2026-07-01')[0])).toEqual([]);
  });

  it('counts every change as new for a medicine followed before any version was compared, newest first', () => {
    const list = recordVisit(follow([], { id: 'A', name: 'Alpha' }, newestVersion([])), '2026-01-28');
    expect(changesSince(history, list[0]).map((change) => change.what)).toEqual(['a2', 'a3', 'a1']);
  });
});
