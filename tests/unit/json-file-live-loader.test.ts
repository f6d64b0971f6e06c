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
  it('returns every entry with its id, and one entry by id', async () => {
    const loader = jsonFileLiveLoader<{ id: string; name: string }>(fileWith('two.json', [{ id: '60000001', name: 'A' }, { id: '60000002', name: 'B' }]));
    expect(await loader.loadCollection({ collection: 'medicines' } as never)).toEqual({
      entries: [
        { id: '60000001', data: { id: '60000001', name: 'A' } },
        { id: '60000002', data: { id: '60000002', name: 'B' } },
      ],
    });
    expect(await loader.loadEntry({ collection: 'medicines', filter: { id: '60000002' } } as never)).toEqual({ id: '60000002', data: { id: '60000002', name: 'B' } });
    expect(await loader.loadEntry({ collection: 'medicines', filter: { id: '69999999' } } as never)).toBeUndefined();
  });

  it('reads the file again at each call', async () => {
    const path = fileWith('again.json', [{ id: '1' }]);
    const loader = jsonFileLiveLoader<{ id: string }>(path);
    await loader.loadCollection({ collection: 'medicines' } as never);
    writeFileSync(path, JSON.stringify([{ id: '1' }, { id: '2' }]));
    expect(await loader.loadCollection({ collection: 'medicines' } as never)).toEqual({ entries: [{ id: '1', data: { id: '1' } }, { id: '2', data: { id: '2' } }] });
  });

  it('names a file that is not JSON', async () => {
    const path = join(folder, 'cut.json');
    writeFileSync(path, '[{"id": "1"');
    const loader = jsonFileLiveLoader(path);
    await expect(loader.loadCollection({ collection: 'medicines' } as never)).rejects.toThrow(`${path} n'est pas du JSON valide`);
  });

  it('names the missing file and the step that writes it', async () => {
    const loader = jsonFileLiveLoader(join(folder, 'absent.json'));
    await expect(loader.loadCollection({ collection: 'medicines' } as never)).rejects.toThrow(`${join(folder, 'absent.json')} manquant : lancer l'étape de contenu (npm run content)`);
  });
});
