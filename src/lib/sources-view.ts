/** The sources page and the home page: every known source, loaded or not, with its date and accounting. Pure. */
import type { Manifest, ManifestSource } from './content/medicine.ts';
import { type KnownSource, knownSources } from './source-catalogue.ts';

export interface SourceRow {
  known: KnownSource;
  /** Null when the source is not in this build. */
  loaded: ManifestSource | null;
}

export function sourceRowsOf(manifest: Manifest): SourceRow[] {
  return knownSources.map((known) => ({ known, loaded: manifest.sources.find((source) => source.id === known.id) ?? null }));
}

export function isLoaded(manifest: Manifest, id: string): boolean {
  return manifest.sources.some((source) => source.id === id);
}
