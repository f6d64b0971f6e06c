import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { historySchema } from '../../src/lib/content/history.ts';
import { medicineSchema } from '../../src/lib/content/medicine.ts';
import { manifestSchema } from '../../src/lib/content/manifest.ts';
import { jsonSchemaOf, publishedJsonSchemas } from '../../src/lib/open-data/json-schemas.ts';

type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; [key: string]: unknown };

/** Paths of the properties, at any depth, that have no description of their own. */
function undocumented(schema: JsonSchema, path = '$'): string[] {
  const missing: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (typeof property.description !== 'string' || property.description.trim() === '') missing.push(`${path}.${name}`);
    missing.push(...undocumented(property, `${path}.${name}`));
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    const child = schema[key];
    if (child && typeof child === 'object') missing.push(...undocumented(child as JsonSchema, `${path}[]`));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const child of (schema[key] as JsonSchema[] | undefined) ?? []) missing.push(...undocumented(child, path));
  }
  return missing;
}

describe('content schemas document themselves', () => {
  it.each([
    ['medicine', medicineSchema],
    ['history', historySchema],
    ['manifest', manifestSchema],
  ] as const)('every field of the %s schema has a description', (_, schema) => {
    const json = z.toJSONSchema(schema) as JsonSchema;
    expect(json.description).toEqual(expect.any(String));
    expect(undocumented(json)).toEqual([]);
  });

  it.each(Object.keys(publishedJsonSchemas) as Array<keyof typeof publishedJsonSchemas>)('the published %s carries the descriptions, in French', (file) => {
    const json = jsonSchemaOf(file) as JsonSchema;
    expect(undocumented(json)).toEqual([]);
    expect(JSON.stringify(json)).toContain('AAAA-MM-JJ');
  });

  it('finds a field left without a description', () => {
    const json = z.toJSONSchema(z.object({ a: z.string().describe('A.'), b: z.array(z.object({ c: z.number() })).describe('B.') })) as JsonSchema;
    expect(undocumented(json)).toEqual(['$.b[].c']);
  });
});
