/** The shortage states a recorded change concerns, read from the change alone. Pure. */
import type { Change } from '../content/history.ts';
import { type ShortageState, shortageStates } from '../content/shortage-states.ts';

const isState = (value: string | null | undefined): value is ShortageState => shortageStates.includes(value as ShortageState);

/**
 * Both sides of a change of state; for a report added or removed, the state the change records
 * (`new` for an added report, `old` for a removed one). A history written before the state was
 * recorded names none: its change concerns no state, rather than one guessed from a later
 * version, whose comparison may not have covered the shortage file.
 */
export function shortageStatesOf(change: Pick<Change, 'topic' | 'kind' | 'field' | 'old' | 'new'>): ShortageState[] {
  if (change.topic !== 'shortages') return [];
  if (change.kind === 'changed') return change.field === 'etat' ? [change.old, change.new].filter(isState) : [];
  const recorded = change.kind === 'added' ? change.new : change.old;
  return isState(recorded) ? [recorded] : [];
}
