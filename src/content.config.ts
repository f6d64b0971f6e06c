import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { changeSetSchema } from './lib/content/history.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { manifestSchema } from './lib/content/manifest.ts';

const manifest = defineCollection({
  loader: file(`${contentDir}/manifest.json`, { parser: (text) => [{ id: 'manifest', ...JSON.parse(text) }] }),
  schema: manifestSchema,
});

/** Change sets between versions of the lists, oldest first. */
const changes = defineCollection({
  loader: file(`${contentDir}/history.json`, {
    parser: (text) => (JSON.parse(text) as Array<{ from: string; to: string }>).map((set) => ({ id: `${set.from}_${set.to}`, ...set })),
  }),
  schema: changeSetSchema,
});

/** Hand-written explanations of each regime, every fact footnoted to its source. */
const regimes = defineCollection({
  loader: glob({ pattern: '*.md', base: 'content/regimes' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    order: z.number().int(),
    /** Each text cited: a public address, or `offline` saying why there is none. */
    sources: z
      .array(
        z
          .object({ id: z.string(), title: z.string(), url: z.url().optional(), offline: z.string().min(10).optional() })
          .refine((source) => Boolean(source.url) !== Boolean(source.offline), 'a source has either a url or an offline reason, not both'),
      )
      .min(1),
    /** Footnotes, numbered from 1 in this order; the text cites note n as [[n]](#note-n). */
    notes: z.array(z.object({ source: z.string(), locator: z.string().min(8) })).min(1),
  }),
});

const glossary = defineCollection({
  loader: file('content/glossaire.json'),
  schema: z.object({ term: z.string(), expansion: z.string(), definition: z.string(), see: z.string().optional() }),
});

export const collections = { manifest, changes, regimes, glossary };
