/**
 * The frictionless descriptor (`datapackage.json`): the package's resources, each a CSV with
 * its Table Schema (field names and types). Only what the reader relies on is checked; the
 * rest of the descriptor (licences, sources, contributors…) passes through.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../../src/lib/dates.ts';
import { SourceError } from '../../lib/problems.ts';

const fieldSchema = z.looseObject({
  name: z.string().min(1),
  /** Table Schema types; absent means "string" (Table Schema's default). */
  type: z.string().default('string'),
  format: z.string().optional(),
});

const resourceSchema = z.looseObject({
  name: z.string().min(1),
  path: z.string().min(1),
  format: z.string().optional(),
  encoding: z.string().optional(),
  dialect: z.looseObject({ delimiter: z.string().length(1).optional() }).optional(),
  schema: z.looseObject({ fields: z.array(fieldSchema).min(1) }),
});

export const descriptorSchema = z.looseObject({
  name: z.string().optional(),
  version: z.string().optional(),
  /** Frictionless: when the package was made (ISO 8601 date-time). */
  created: z.string().optional(),
  resources: z.array(resourceSchema).min(1),
});

export type Descriptor = z.infer<typeof descriptorSchema>;
export type DescriptorResource = Descriptor['resources'][number];
export type DescriptorField = DescriptorResource['schema']['fields'][number];

/** Parses the descriptor; not JSON, or not a package of CSV resources with schemas, is fatal. */
export function parseDescriptor(bytes: Uint8Array, file: string): Descriptor {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    throw new SourceError({ file }, `descripteur illisible, ce n'est pas du JSON valide : ${(error as Error).message}`);
  }
  const result = descriptorSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SourceError({ file }, `descripteur non conforme (${issue.path.join('.') || 'racine'}) : ${issue.message}`);
  }
  const names = new Set<string>();
  for (const resource of result.data.resources) {
    if (names.has(resource.name)) throw new SourceError({ file }, `deux ressources nommées « ${resource.name} »`);
    names.add(resource.name);
  }
  return result.data;
}

/** The package's own date: the day part of `created`, when it is a date. */
export function packageDate(descriptor: Descriptor): string | null {
  const day = descriptor.created?.slice(0, 10);
  return day && isoDateSchema.safeParse(day).success ? day : null;
}
