import { readFile } from 'node:fs/promises';
import type { LiveLoader } from 'astro/loaders';

/**
 * A live loader over a JSON array of entries, each with an `id`, read at each call (the
 * site reads the medicines once per build: src/lib/site-data.ts).
 *
 * Used for the medicines instead of the build-time `file()` loader: that loader copies the
 * 15 800 entries into Astro's data store, which is serialised, bundled into the server
 * build as a 24 MB string and parsed again before the first page renders (about 10 s and
 * 425 MB per real build, see docs/performance.md). The entries are still validated by
 * their collection's schema when `getLiveCollection` returns them.
 */
export function jsonFileLiveLoader<Entry extends { id: string }>(path: string): LiveLoader<Entry, { id: string }> {
  async function read(): Promise<Entry[]> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      throw new Error(code === 'ENOENT' ? `${path} manquant : lancer l'étape de contenu (npm run content)` : `${path} illisible : ${message}`);
    }
    try {
      return JSON.parse(text) as Entry[];
    } catch (error) {
      throw new Error(`${path} n'est pas du JSON valide (${(error as Error).message}) : relancer l'étape de contenu (npm run content)`);
    }
  }
  return {
    name: 'json-file-live-loader',
    loadCollection: async () => ({ entries: (await read()).map((data) => ({ id: data.id, data })) }),
    // Astro asks every live loader for one entry's loader; the site never uses it (site-data.ts
    // reads every medicine once), and it would parse the whole 30 MB file for each entry.
    loadEntry: async ({ filter }) => ({
      error: new Error(
        `${path} : l'entrée ${filter.id} n'est pas lue seule ; les entrées se lisent toutes ensemble, une fois (getLiveCollection, src/lib/site-data.ts)`,
      ),
    }),
  };
}
