import { getEntry } from 'astro:content';
import type { Manifest } from './content/medicine.ts';

let manifest: Promise<Manifest> | undefined;

async function readManifest(): Promise<Manifest> {
  const entry = await getEntry('manifest', 'manifest');
  if (!entry) throw new Error('content/data/manifest.json manquant : lancer l’étape de contenu (npm run content)');
  return entry.data;
}

/** The provenance manifest, read once per build: every page's layout needs it. */
export function siteManifest(): Promise<Manifest> {
  manifest ??= readManifest();
  return manifest;
}
