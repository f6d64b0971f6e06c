/** Changes between two versions of the official lists, as the content step records them. */
import { z } from 'zod';
import { isoDateSchema } from '../dates.ts';

export const trackedLists = ['retrocession', 'mitm', 'accesDerogatoire', 'disponibilite'] as const;
export type TrackedList = (typeof trackedLists)[number];

export const listLabels: Record<TrackedList, string> = {
  retrocession: 'Liste de rétrocession',
  mitm: 'Liste des MITM',
  accesDerogatoire: 'Accès dérogatoire',
  disponibilite: 'Ruptures et tensions',
};

export const changeSchema = z.object({
  id: z.string(),
  name: z.string(),
  list: z.enum(trackedLists),
  kind: z.enum(['added', 'removed', 'changed']),
  field: z.string().optional(),
  old: z.string().nullable().optional(),
  new: z.string().nullable().optional(),
});

export const changeSetSchema = z.object({
  /** Date of the earlier version (its newest source file). */
  from: isoDateSchema,
  /** Date of the newer version. */
  to: isoDateSchema,
  changes: z.array(changeSchema),
});

export const historySchema = z.array(changeSetSchema);

/** One change as a medicine page shows it: with the dates of both versions. */
export const medicineEventSchema = changeSchema.omit({ id: true, name: true }).extend({ from: isoDateSchema, to: isoDateSchema });

export type Change = z.infer<typeof changeSchema>;
export type ChangeSet = z.infer<typeof changeSetSchema>;
export type MedicineEvent = z.infer<typeof medicineEventSchema>;
