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

export const changeSchema = z
  .object({
    id: z.string().describe("Identifiant du médicament concerné (clé de sa page : code CIS, « ucd-… » ou « nom-… »)."),
    name: z.string().describe('Nom du médicament tel que la liste le donne.'),
    list: z.enum(trackedLists).describe('Liste suivie où le changement a lieu : retrocession, mitm, accesDerogatoire ou disponibilite (ruptures et tensions).'),
    kind: z.enum(['added', 'removed', 'changed']).describe('Nature du changement : ajout à la liste (added), retrait (removed) ou modification d’une valeur (changed).'),
    field: z.string().optional().describe('Pour une modification : la donnée modifiée (ucd, autorisation, inscription, remarques, atc, type, indication, statut, debut, fin, etat, remise).'),
    old: z.string().nullable().optional().describe('Pour une modification : la valeur dans la version antérieure (null si vide ; dates au format AAAA-MM-JJ).'),
    new: z.string().nullable().optional().describe('Pour une modification : la valeur dans la version nouvelle (null si vide ; dates au format AAAA-MM-JJ).'),
  })
  .describe('Un changement d’une liste officielle entre deux versions.');

export const changeSetSchema = z
  .object({
    from: isoDateSchema.describe('Date de la version antérieure des listes (celle de son fichier source le plus récent), AAAA-MM-JJ.'),
    to: isoDateSchema.describe('Date de la version nouvelle des listes, AAAA-MM-JJ.'),
    changes: z.array(changeSchema).describe('Les changements constatés entre les deux versions.'),
  })
  .describe('Les changements des listes suivies entre deux versions successives.');

export const historySchema = z.array(changeSetSchema).describe('Historique des changements des listes officielles, de la plus ancienne comparaison à la plus récente.');

/** One change as a medicine page shows it: with the dates of both versions. */
export const medicineEventSchema = changeSchema
  .omit({ id: true, name: true })
  .extend({
    from: isoDateSchema.describe('Date de la version antérieure des listes, AAAA-MM-JJ.'),
    to: isoDateSchema.describe('Date de la version où le changement apparaît, AAAA-MM-JJ.'),
  })
  .describe('Un changement de ce médicament sur une liste suivie, avec les dates des deux versions comparées.');

export type Change = z.infer<typeof changeSchema>;
export type ChangeSet = z.infer<typeof changeSetSchema>;
export type MedicineEvent = z.infer<typeof medicineEventSchema>;
