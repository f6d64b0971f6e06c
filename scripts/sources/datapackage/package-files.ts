/**
 * The ANSM Open Data package as files: a `datapackage.json` beside its CSVs in the snapshot
 * folder, or a zip holding both (read with jszip). Paths are the descriptor's, relative to it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import JSZip from 'jszip';
import { SourceError } from '../../lib/problems.ts';
import { parseDescriptor } from './descriptor.ts';

export const DESCRIPTOR = 'datapackage.json';

export interface PackageFiles {
  /** How reports name a file of the package: `specialite.csv`, or `ansm.zip/specialite.csv`. */
  label: (path: string) => string;
  /** The descriptor's bytes. */
  descriptor: Uint8Array;
  /** A resource's bytes, or null when the package lacks it. */
  read: (path: string) => Promise<Uint8Array | null>;
}

/** A resource path must stay inside the package: no absolute path, no `..`. */
function safePath(path: string, where: string): string {
  const clean = normalize(path).split(sep).join('/');
  if (clean.startsWith('../') || clean === '..' || clean.startsWith('/') || /^[a-z]+:/i.test(clean)) {
    throw new SourceError({ file: where }, `chemin de ressource hors du paquet : « ${path} »`);
  }
  return clean;
}

function fromFolder(dir: string, descriptorName: string): PackageFiles {
  const base = dirname(join(dir, descriptorName));
  return {
    label: (path) => path,
    descriptor: readFileSync(join(dir, descriptorName)),
    read: async (path) => {
      const file = join(base, safePath(path, descriptorName));
      return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null;
    },
  };
}

async function fromZip(dir: string, zipName: string): Promise<PackageFiles> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(readFileSync(join(dir, zipName)));
  } catch (error) {
    throw new SourceError({ file: zipName }, `archive zip illisible : ${(error as Error).message}`);
  }
  // The descriptor may sit at the root or in one top folder, as zips made from a folder do.
  const descriptors = Object.keys(zip.files).filter((name) => name === DESCRIPTOR || name.endsWith(`/${DESCRIPTOR}`));
  const top = descriptors.sort((a, b) => a.length - b.length)[0];
  if (!top) throw new SourceError({ file: zipName }, `aucun ${DESCRIPTOR} dans l'archive`);
  const prefix = top.slice(0, -DESCRIPTOR.length);
  return {
    label: (path) => `${zipName}/${path}`,
    descriptor: await zip.files[top].async('uint8array'),
    read: async (path) => zip.file(`${prefix}${safePath(path, `${zipName}/${top}`)}`)?.async('uint8array') ?? null,
  };
}

/**
 * Whether a zip in the sources folder holds a datapackage. Sync, for the folder scan: a zip's
 * entry names are stored uncompressed, so the descriptor's name is found in its bytes.
 */
export function zipHoldsPackage(path: string): boolean {
  return readFileSync(path).includes(DESCRIPTOR);
}

/** The package named by the sources folder: its descriptor file, or a zip holding it. */
export async function openPackage(dir: string, entry: string): Promise<PackageFiles> {
  return entry.toLowerCase().endsWith('.zip') ? fromZip(dir, entry) : fromFolder(dir, entry);
}

/**
 * The package in a folder's file names: `datapackage.json`, or a zip holding one. Returns its
 * entry and, for a descriptor beside its CSVs, the resource files the folder scan must skip.
 */
export function findPackage(dir: string, names: string[]): { entry: string; resourceFiles: string[] } | null {
  const found = names.filter((name) => name.toLowerCase() === DESCRIPTOR || (name.toLowerCase().endsWith('.zip') && zipHoldsPackage(join(dir, name))));
  if (found.length > 1) throw new SourceError({ file: dir }, `deux datapackages dans ce dossier (${found.join(', ')}) : n'en garder qu'un`);
  const [entry] = found;
  if (!entry) return null;
  if (entry.toLowerCase().endsWith('.zip')) return { entry, resourceFiles: [] };
  const descriptor = parseDescriptor(readFileSync(join(dir, entry)), entry);
  return { entry, resourceFiles: descriptor.resources.map((resource) => safePath(resource.path, entry)) };
}
