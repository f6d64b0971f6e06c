/** Checks on which files a sources folder holds, before any is read. */
import { join } from 'node:path';
import { bdpmFiles } from '../../sources/bdpm-files.ts';
import { SourceError } from '../problems.ts';
import type { SourcesFolder } from '../sources-dir.ts';

/**
 * Without CIS_bdpm.txt every medicine of the other BDPM files would read as "absent de la
 * BDPM": a partial download, not a smaller database. The build stops.
 */
export function checkFileSet(folder: SourcesFolder): void {
  const bdpmPresent = Object.keys(bdpmFiles).filter((id) => id in folder.files);
  if (bdpmPresent.length > 0 && !folder.files.medicines && !folder.datapackage) {
    throw new SourceError(
      { file: join(folder.dir, bdpmFiles.medicines.file) },
      `fichier absent alors que d'autres fichiers BDPM sont là (${bdpmPresent
        .map((id) => folder.files[id as keyof typeof folder.files])
        .join(', ')}) : téléchargement incomplet ? Sans lui, chaque médicament serait dit absent de la BDPM`,
    );
  }
}
