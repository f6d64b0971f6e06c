/**
 * Where the official files are published. BDPM files are direct downloads; each ANSM
 * spreadsheet is found by reading its reference page and following the .xlsx link, since
 * the file's own address changes with every version. A JSON file given with --config
 * replaces this list (same shape), e.g. when a page moves.
 */
import { z } from 'zod';
import { knownSources } from '../../src/lib/source-catalogue.ts';

export const officialSourceSchema = z.object({
  /** Name the file is saved under; the content step recognises files by name. */
  file: z.string(),
  kind: z.enum(['bdpm', 'ansm-xlsx', 'datapackage']),
  /** The file itself (bdpm) or the page that links to it (ansm-xlsx). */
  url: z.url(),
  /** For bdpm: other addresses of the same file, tried in order when `url` answers with an error or an HTML page. */
  alternatives: z.array(z.url()).optional(),
  /** For ansm-xlsx: the link to follow must match this (case-insensitive) in its address or text. */
  linkHint: z.string().optional(),
  /** For datapackage: the portal's JSON metadata of the resource, read for its date when the descriptor has none. */
  metadataUrl: z.url().optional(),
});

export type OfficialSource = z.infer<typeof officialSourceSchema>;

const BDPM_HOST = 'https://base-donnees-publique.medicaments.gouv.fr';

/**
 * The two address forms of a BDPM file, in the order tried: `/download/file/<FILE>`, the one
 * public code written in 2025–2026 uses, then the older `telechargement.php?fichier=<FILE>`.
 * The manifest records the one that answered (requestedUrl).
 */
export function bdpmAddresses(file: string): [string, string] {
  return [`${BDPM_HOST}/download/file/${file}`, `${BDPM_HOST}/telechargement.php?fichier=${file}`];
}

function publicationPage(id: string): string {
  return knownSources.find((source) => source.id === id)!.page;
}

export const officialSources: OfficialSource[] = [
  ...['CIS_bdpm.txt', 'CIS_CIP_bdpm.txt', 'CIS_COMPO_bdpm.txt', 'CIS_CPD_bdpm.txt', 'CIS_GENER_bdpm.txt', 'CIS_MITM.txt', 'CIS_CIP_Dispo_Spec.txt'].map(
    (file) => {
      const [url, older] = bdpmAddresses(file);
      return { file, kind: 'bdpm' as const, url, alternatives: [older] };
    },
  ),
  {
    file: 'liste-retrocession.xlsx',
    kind: 'ansm-xlsx',
    url: publicationPage('retrocession'),
    linkHint: 'retroc',
  },
  {
    file: 'liste-mitm.xlsx',
    kind: 'ansm-xlsx',
    url: publicationPage('mitmList'),
    linkHint: 'mitm',
  },
  {
    file: 'referentiel-acces-derogatoire.xlsx',
    kind: 'ansm-xlsx',
    url: publicationPage('accesDerogatoire'),
    linkHint: 'derogatoire',
  },
];

/**
 * The ANSM Open Data package (the BDPM's announced replacement), as a zip of `datapackage.json`
 * and its CSVs. Not fetched by default while the BDPM files are published: `sources:fetch --
 * --datapackage` adds it (`--datapackage-url` for another address). The address is the one public
 * code used in 2026 (demo portal of data.gouv.fr, betagouv/infomedicament-dataeng); check it.
 */
export const ANSM_OPEN_DATA_ZIP = 'https://demo.data.gouv.fr/api/1/datasets/r/49291dcf-1e61-4776-9c94-d2e1a2dce297';
export const ANSM_OPEN_DATA_METADATA = 'https://demo.data.gouv.fr/api/2/datasets/resources/49291dcf-1e61-4776-9c94-d2e1a2dce297/';

export function datapackageSource(
  url = ANSM_OPEN_DATA_ZIP,
  metadataUrl: string | undefined = url === ANSM_OPEN_DATA_ZIP ? ANSM_OPEN_DATA_METADATA : undefined,
): OfficialSource {
  return { file: 'ansm-open-data.zip', kind: 'datapackage', url, ...(metadataUrl ? { metadataUrl } : {}) };
}
