/** A medicine's Historique: its changes grouped by version, newest first, each in plain words. Pure. */
import type { MedicineEvent } from '../content/history.ts';
import { formatDate } from '../format.ts';
import { changeSentence } from './change-wording.ts';

export interface HistoryVersion {
  /** Both versions compared, as the heading of their changes. */
  heading: string;
  changes: string[];
}

export function medicineHistoryView(events: MedicineEvent[]): HistoryVersion[] {
  const versions = [...new Map(events.map((event) => [`${event.to}_${event.from}`, { from: event.from, to: event.to }])).values()].toSorted((a, b) =>
    b.to.localeCompare(a.to),
  );
  return versions.map(({ from, to }) => ({
    heading: `Version du ${formatDate(to)}, comparée à celle du ${formatDate(from)}`,
    changes: events.filter((event) => event.to === to && event.from === from).map(changeSentence),
  }));
}
