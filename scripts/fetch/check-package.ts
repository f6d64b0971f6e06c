/**
 * Checks a downloaded ANSM Open Data package (a zip holding `datapackage.json` and its CSVs) as
 * the build will read it, and finds its publication date: the descriptor's `created`, else the
 * portal's metadata for the resource (data.gouv.fr's `last_modified`), never the download day.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isoDateSchema } from '../../src/lib/dates.ts';
import { SourceError } from '../lib/problems.ts';
import { readDatapackage } from '../sources/datapackage/read-package.ts';

/** Reads the whole package (every resource the site uses); throws a SourceError naming the resource and row. */
export async function checkPackageDownload(dir: string, file: string): Promise<{ rows: number; created: string | null }> {
  const bytes = readFileSync(`${dir}/${file}`);
  if (bytes.byteLength === 0) throw new SourceError({ file }, 'fichier vide');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new SourceError({ file }, "ce n'est pas une archive zip (signature absente) : une page d'erreur ?");
  const read = await readDatapackage(dir, file, {});
  const kept = read.sources.reduce((sum, source) => sum + source.parsed.records.length, 0);
  if (!read.inputs.medicines || kept === 0) throw new SourceError({ file }, 'aucune ligne de données dans la ressource « specialite »');
  return { rows: read.sources.reduce((sum, source) => sum + source.parsed.read, 0), created: read.date };
}

const portalMetadataSchema = z.looseObject({
  last_modified: z.string().optional(),
  resource: z.looseObject({ last_modified: z.string().optional() }).optional(),
});

/** The day a portal's metadata JSON says the resource was last modified, or null. */
export function portalLastModified(json: string): string | null {
  try {
    const metadata = portalMetadataSchema.parse(JSON.parse(json));
    const day = (metadata.last_modified ?? metadata.resource?.last_modified)?.slice(0, 10);
    return day && isoDateSchema.safeParse(day).success ? day : null;
  } catch {
    return null;
  }
}
