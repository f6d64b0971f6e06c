/** The state of a medicine's shortage report in a past version, read from its recorded changes. Pure. */
import type { Change, MedicineEvent } from '../content/history.ts';
import { type ShortageState, shortageStates } from '../content/shortage-states.ts';

/**
 * The shortage states a change concerns: both sides of a change of state; for a report opened or
 * closed, the state it names, or else the state the medicine had then, read from its other events.
 */
export function shortageStatesOf(change: Pick<Change, 'topic' | 'kind' | 'field' | 'old' | 'new'>, stateThen: ShortageState | null): ShortageState[] {
  if (change.topic !== 'shortages') return [];
  const isState = (value: string | null | undefined): value is ShortageState => shortageStates.includes(value as ShortageState);
  if (change.kind === 'changed') return change.field === 'etat' ? [change.old, change.new].filter(isState) : stateThen ? [stateThen] : [];
  const named = change.kind === 'added' ? change.new : change.old;
  return isState(named) ? [named] : stateThen ? [stateThen] : [];
}

/**
 * The state a medicine's report had in version `to` (after the change) or `from` (before it),
 * from its events newest first and its state today; null when its events do not say.
 */
export function shortageStateAt(events: MedicineEvent[], today: ShortageState | null, version: string): ShortageState | null {
  const shortageEvents = events.filter((event) => event.topic === 'shortages' && (event.kind !== 'changed' || event.field === 'etat'));
  const later = shortageEvents.filter((event) => event.to > version).at(-1);
  if (!later) return today;
  if (later.kind === 'changed') return (later.old as ShortageState | null) ?? null;
  return null;
}

/** A medicine's events, each report added to the shortage file carrying the state it then had, when its events say. */
export function withShortageStates<E extends MedicineEvent>(events: E[], today: ShortageState | null): Array<E & { state?: ShortageState }> {
  return events.map((event) => {
    if (event.topic !== 'shortages' || event.kind !== 'added' || shortageStates.includes(event.new as ShortageState)) return event;
    const state = shortageStateAt(events, today, event.to);
    return state ? { ...event, state } : event;
  });
}
