/** The sources page and the home page: every known source, loaded or not, with its date and accounting. Pure. */
import type { Manifest, ManifestSource, SourceId } from './content/manifest.ts';
import { formatDecimal, formatInteger } from './format.ts';
import { type KnownSource, knownSources } from './source-catalogue.ts';

export interface SourceRow {
  known: KnownSource;
  /** Null when the source is not in this build. */
  loaded: ManifestSource | null;
  /** The other files read for the same facts: the datapackage's resources that complete its main one (titulaires, libellés…). */
  others: ManifestSource[];
}

export function sourceRowsOf(manifest: Manifest): SourceRow[] {
  return knownSources.map((known) => {
    const [loaded = null, ...others] = manifest.sources.filter((source) => source.id === known.id);
    return { known, loaded, others };
  });
}

/** The manifest entry of a source, or null when it is not in this build. */
export function loadedSource(manifest: Manifest, id: SourceId): ManifestSource | null {
  return manifest.sources.find((source) => source.id === id) ?? null;
}

export function isLoaded(manifest: Manifest, id: SourceId): boolean {
  return loadedSource(manifest, id) !== null;
}

/** The ANSM Open Data package's resources are .csv files; the BDPM's are .txt. */
export const isPackageFile = (file: string): boolean => file.toLowerCase().endsWith('.csv');

/**
 * Whether presentations read from this file carry prices and reimbursement rates: CIS_CIP_bdpm.txt
 * does; the package's `presentation` resource has neither, so an empty price there is "not
 * loaded", never "no price".
 */
export const presentationsCarryPrices = (file: string): boolean => !isPackageFile(file);

export function pricesLoaded(manifest: Manifest): boolean {
  const presentations = loadedSource(manifest, 'presentations');
  return presentations !== null && presentationsCarryPrices(presentations.file);
}

export const PRICES_NOT_LOADED = 'non chargé (le fichier des présentations lu, du datapackage ANSM Open Data, ne porte ni prix ni taux)';

/** "8 106 lignes sur 8 107 (99,99 %) rattachées à un médicament de CIS_bdpm.txt". */
export function joinShareText({ rows, joined }: NonNullable<ManifestSource['joinShare']>): string {
  const share = rows === 0 ? 100 : Math.floor((joined / rows) * 10_000) / 100;
  return `${formatInteger(joined)} ligne(s) sur ${formatInteger(rows)} (${formatDecimal(share)} %) rattachées à un médicament de CIS_bdpm.txt`;
}
