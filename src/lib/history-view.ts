/** The change history summed up per topic (added, removed, changed), for the content step's report. Pure. */
import type { Change, ChangeSet, Topic } from './content/history.ts';
import { topics } from './content/history.ts';

export interface ListSummary {
  list: Topic;
  added: Change[];
  removed: Change[];
  changed: Change[];
}

export function summarise(set: ChangeSet): ListSummary[] {
  return topics
    .map((list) => {
      const ofList = set.changes.filter((change) => change.topic === list);
      return {
        list,
        added: ofList.filter((c) => c.kind === 'added'),
        removed: ofList.filter((c) => c.kind === 'removed'),
        changed: ofList.filter((c) => c.kind === 'changed'),
      };
    })
    .filter((summary) => summary.added.length + summary.removed.length + summary.changed.length > 0);
}
