/**
 * The JSON Schemas published on /donnees/, generated from the content's zod schemas: each
 * field's `.describe()` becomes its `description`, for French-speaking reusers.
 */
import { z } from 'zod';
import { historySchema } from '../content/history.ts';
import { medicineSchema } from '../content/medicine.ts';

export const publishedJsonSchemas = {
  'schema-medicament.json': medicineSchema,
  'schema-historique.json': historySchema,
} as const;

export type PublishedJsonSchemaFile = keyof typeof publishedJsonSchemas;

export function jsonSchemaOf(file: PublishedJsonSchemaFile): Record<string, unknown> {
  return z.toJSONSchema(publishedJsonSchemas[file]) as Record<string, unknown>;
}
