/**
 * Checks a downloaded file before it may join a snapshot: not an HTML error page, and
 * readable by the same parsers as the build (a BDPM file with valid rows, a workbook or CSV
 * that opens and has the columns its mapping requires).
 */
import { SourceError } from '../lib/problems.ts';
import { recogniseFile } from '../lib/sources-dir.ts';
import { isBdpmFile, parseSourceFile } from '../lib/parse-source.ts';
import { isCompoundFile } from '../lib/read/xls.ts';

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<?xml') || start.startsWith('<head');
}

/** Throws a SourceError naming the file when it must not be kept. */
export async function checkDownload(file: string, bytes: Uint8Array, contentType: string | null): Promise<{ rows: number }> {
  if (bytes.byteLength === 0) throw new SourceError({ file }, 'fichier vide');
  if (looksLikeHtml(bytes) || /text\/html/i.test(contentType ?? '')) {
    throw new SourceError({ file }, `une page HTML a été servie à la place du fichier (type ${contentType ?? 'inconnu'})`);
  }
  const id = recogniseFile(file);
  if (id === null) throw new SourceError({ file }, 'nom de fichier non reconnu');
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isBdpmFile(id) && /\.xlsx$/i.test(file) && !isZip) throw new SourceError({ file }, "ce n'est pas un classeur .xlsx (signature ZIP absente)");
  if (!isBdpmFile(id) && /\.xls$/i.test(file) && !isCompoundFile(bytes)) {
    throw new SourceError({ file }, "ce n'est pas un classeur .xls (signature Excel 97-2003 absente)");
  }
  const { parsed } = await parseSourceFile(id, file, bytes);
  // An empty list is no better than a broken one: the previous snapshot stays.
  if (parsed.records.length === 0) throw new SourceError({ file }, 'aucune ligne de données');
  return { rows: parsed.read };
}
