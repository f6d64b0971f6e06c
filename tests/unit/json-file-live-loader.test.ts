import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonFileLiveLoader } from '../../src/lib/content/json-file-live-loader.ts';

const folder = mkdtempSync(join(tmpdir(), 'live-loader-'));
const fileWith = (name: string, entries: unknown) => {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(entries));
  return path;
};

describe('jsonFileLiveLoader', () => {
  it('returns every entry with its id', async () => {
    const loader = jsonFileLiveLoader<{ id: string; name: string }>(
      fileWith('two.json', [
        { id: '60000001', name: 'A' },
        { id: '60000002', name: 'B' },
      ]),
    );
    expect(await loader.loadCollection({ collection: 'medicines' } as never)).toEqual({
      entries: [
        { id: '60000001', data: { id: '60000001', name: 'A' } },
        { id: '60000002', data: { id: '60000002', name: 'B' } },
      ],
    });
  });

  it('does not read one entry by itself (the whole file for each), and says where the entries are read', async () => {
    const path = fileWith('one.json', [{ id: '60000001' }]);
    const result = await jsonFileLiveLoader<{ id: string }>(path).loadEntry({ collection: 'medicines', filter: { id: '60000001' } } as never);
    expect(result).toEqual({ error: expect.any(Error) });
    expect((result as { error: Error }).error.message).toBe(
      `${path} : l'entrée 60000001 n'est pas lue seule ; les entrées se lisent toutes ensemble, une fois (getLiveCollection, src/lib/site-data.ts)`,
    );
  });

  it('reads the file again at each call', async () => {
    const path = fileWith('again.json', [{ id: '1' }]);
    const loader = jsonFileLiveLoader<{ id: string }>(path);
    await loader.loadCollection({ collection: 'medicines' } as never);
    writeFileSync(path, JSON.stringify([{ id: '1' }, { id: '2' }]));
    expect(await loader.loadCollection({ collection: 'medicines' } as never)).toEqual({
      entries: [
        { id: '1', data: { id: '1' } },
        { id: '2', data: { id: '2' } },
      ],
    });
  });

  it('names a file that is not JSON', async () => {
    const path = join(folder, 'cut.json');
    writeFileSync(path, '[{"id": "1"');
    const loader = jsonFileLiveLoader(path);
    await expect(loader.loadCollection({ collection: 'medicines' } as never)).rejects.toThrow(`${path} n'est pas du JSON valide`);
  });

  it('names the missing file and the step that writes it', async () => {
    const loader = jsonFileLiveLoader(join(folder, 'absent.json'));
    await expect(loader.loadCollection({ collection: 'medicines' } as never)).rejects.toThrow(
      `${join(folder, 'absent.json')} manquant : lancer l'étape de contenu (npm run content)`,
    );
  });
});
