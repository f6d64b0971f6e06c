/**
 * What a sources folder says of its own files besides their bytes: whether it is the demo
 * set (and the date it declares), and where each file was downloaded from and when it was
 * published, as `sources:fetch` (or a maintainer) wrote it in manifest.json beside them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isoDateSchema } from '../../../src/lib/dates.ts';
import { SourceError } from '../problems.ts';
import { DEMO_MARKER } from '../sources-dir.ts';
import type { Publication } from './choose-source-date.ts';

/** Written by `sources:fetch` (or by hand) beside the files: their origin and date. */
const fetchManifestSchema = z.object({
  files: z
    .record(
      z.string(),
      z.object({
        url: z.url().optional(),
        published: z.object({ date: isoDateSchema, how: z.enum(['last-modified', 'page-update', 'package-created']) }).nullish(),
      }),
    )
    .default({}),
});
const demoMarkerSchema = z.object({ date: isoDateSchema });

export interface SourceOrigins {
  demo: boolean;
  /** The date the demo set declares; null for real files. */
  demoDate: string | null;
  /** Per file name: the address it was downloaded from and its publication, when recorded. */
  fetched: Record<string, { url?: string; published?: Publication | null }>;
}

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  try {
    return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new SourceError({ file: path }, `fichier de description illisible : ${(error as Error).message}`);
  }
}

export function readSourceOrigins(dir: string): SourceOrigins {
  const demo = existsSync(join(dir, DEMO_MARKER));
  return {
    demo,
    demoDate: demo ? readJson(join(dir, DEMO_MARKER), demoMarkerSchema).date : null,
    fetched: existsSync(join(dir, 'manifest.json')) ? readJson(join(dir, 'manifest.json'), fetchManifestSchema).files : {},
  };
}
