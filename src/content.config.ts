import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { manifestSchema, medicineSchema } from './lib/content/medicine.ts';

/** The content step writes here; builds for tests point CONTENT_DIR elsewhere. */
const contentDir = process.env.CONTENT_DIR ?? 'content/data';

/** Written by the content step (scripts/build-content.ts); see README. */
const medicines = defineCollection({
  loader: file(`${contentDir}/medicines.json`),
  schema: medicineSchema,
});

const manifest = defineCollection({
  loader: file(`${contentDir}/manifest.json`, { parser: (text) => [{ id: 'manifest', ...JSON.parse(text) }] }),
  schema: manifestSchema,
});

export const collections = { medicines, manifest };
