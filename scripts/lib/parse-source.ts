/**
 * Reads one official file with the parser its name calls for. Shared by the build and by
 * `sources:fetch`, which checks each download as the build will read it.
 */
import { type AnsmListId, ansmParsers } from '../sources/ansm-lists.ts';
import { type BdpmFileId, bdpmFiles, parseBdpmFile } from '../sources/bdpm-files.ts';
import { type ParsedSource, dropDuplicates } from './parse/records.ts';
import { SourceError } from './problems.ts';
import type { SourceId } from '../../src/lib/content/manifest.ts';

/**
 * What makes two spreadsheet rows the same entry. Rows that differ in anything that
 * changes what the site says (an AMM row and an AI row for one CIS, two access periods or
 * statuses) are distinct and both kept; only rows equal on all of these are duplicates.
 */
const keyOf =
  (...fields: string[]) =>
  (row: Record<string, unknown>) =>
    JSON.stringify(fields.map((field) => row[field] ?? null));
const ansmKeys: Record<AnsmListId, (row: Record<string, unknown>) => string> = {
  retrocession: keyOf('cis', 'ucd', 'cip13', 'authorisation', 'inscriptionDate'),
  mitmList: (row) => String(row.cis),
  accesDerogatoire: keyOf('type', 'cis', 'ucd', 'name', 'indication', 'status', 'startDate', 'endDate'),
};

export function isBdpmFile(id: SourceId): id is BdpmFileId {
  return id in bdpmFiles;
}

/** Throws when no row of a non-empty file is valid: it is not the file its name says. */
export async function parseSourceFile(
  id: SourceId,
  file: string,
  bytes: Uint8Array,
): Promise<{ parsed: ParsedSource<Record<string, unknown>>; encoding: string | null }> {
  let parsed: ParsedSource<Record<string, unknown>>;
  let encoding: string | null = null;
  if (isBdpmFile(id)) {
    const bdpm = parseBdpmFile(id, bytes);
    encoding = bdpm.encoding;
    parsed = bdpm;
  } else {
    parsed = dropDuplicates(await ansmParsers[id](bytes, file), ansmKeys[id]);
  }
  if (parsed.read > 0 && parsed.records.length === 0) {
    const first = parsed.rejections[0];
    throw new SourceError(
      first ? { file, row: first.row, column: first.column } : { file },
      `aucune ligne valide sur ${parsed.read} : ce fichier n'a pas le format attendu${first ? ` (${first.reason})` : ''}`,
    );
  }
  return { parsed, encoding };
}
