import type { MedicineEvent } from '../../src/lib/content/history.ts';

/** A medicine's event of the real pair's comparison (July 2025 → January 2026), by default a shortage report added. */
export const shortageEvent = (e: Partial<MedicineEvent>): MedicineEvent => ({
  topic: 'shortages',
  kind: 'added',
  files: ['CIS_CIP_Dispo_Spec.txt'],
  from: '2025-07-01',
  to: '2026-01-28',
  ...e,
});
