/**
 * site-data.ts reads the Astro collections; here astro:content is replaced by fakes that
 * count their calls, so the test sees that each collection is read once per build.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { type Manifest, zeroCounts } from '../../src/lib/content/manifest.ts';

const content = vi.hoisted(() => ({
  getLiveCollection: vi.fn(),
  getEntry: vi.fn(),
}));
vi.mock('astro:content', () => content);

const membership = (type: 'princeps' | 'generique', order: number) => ({
  id: '1234',
  label: 'VALPROATE 500 mg',
  type,
  order,
  from: { source: 'CIS_GENER_bdpm.txt', row: order + 1 },
  absentMembers: [],
});
const princeps: Medicine = { ...emptyMedicine('60000002', '60000002', 'DÉPAKINE 500 mg'), genericGroups: [membership('princeps', 0)] };
const generic: Medicine = {
  ...emptyMedicine('60000001', '60000001', 'ACIDE VALPROÏQUE 500 mg'),
  genericGroups: [membership('generique', 1)],
  retrocession: [
    {
      ucd: '9000001',
      cip13: null,
      name: 'ACIDE VALPROÏQUE',
      substance: null,
      laboratory: 'LABO',
      authorisation: 'AMM',
      inscriptionDate: '2024-02-01',
      remarks: null,
      from: { source: 'liste-retrocession.xlsx', row: 2 },
    },
  ],
};
const manifest: Manifest = { demo: true, sources: [], counts: { ...zeroCounts(), medicines: 2 } };

/** A fresh copy of the module: its memo lives as long as the module, like a build. */
async function freshSiteData() {
  vi.resetModules();
  return import('../../src/lib/site-data.ts');
}

beforeEach(() => {
  content.getLiveCollection.mockReset().mockImplementation(async (name: string) => {
    if (name !== 'medicines') throw new Error(`unexpected collection ${name}`);
    return {
      entries: [
        { id: princeps.id, data: princeps },
        { id: generic.id, data: generic },
      ],
    };
  });
  content.getEntry
    .mockReset()
    .mockImplementation(async (collection: string, id: string) => (collection === 'manifest' && id === 'manifest' ? { id, data: manifest } : undefined));
});

describe('site data', () => {
  it('reads the manifest once, however many pages ask', async () => {
    const { siteManifest } = await freshSiteData();
    const [first, second] = await Promise.all([siteManifest(), siteManifest()]);
    expect(await siteManifest()).toBe(first);
    expect(second).toBe(first);
    expect(first).toEqual(manifest);
    expect(content.getEntry).toHaveBeenCalledTimes(1);
    expect(content.getEntry).toHaveBeenCalledWith('manifest', 'manifest');
  });

  it('reads the medicines collection once for the medicines, the generic groups and every table', async () => {
    const { allMedicines, medicinesByName, siteGenericGroups, siteTableRows } = await freshSiteData();
    expect(await allMedicines()).toEqual([princeps, generic]);
    expect(await medicinesByName()).toEqual([generic, princeps]);
    expect(await medicinesByName()).toBe(await medicinesByName());
    const groups = await siteGenericGroups();
    expect([...groups.keys()]).toEqual(['1234']);
    expect(groups.get('1234')!.map(({ medicine, type }) => [medicine.id, type])).toEqual([
      ['60000002', 'princeps'],
      ['60000001', 'generique'],
    ]);
    expect(await siteGenericGroups()).toBe(groups);
    const rows = await siteTableRows({ list: 'retrocession' });
    expect(rows.map((row) => row.cells)).toEqual([['ACIDE VALPROÏQUE 500 mg', '9000001', 'AMM', 'LABO', '01/02/2024']]);
    expect(await siteTableRows({ list: 'retrocession' })).toBe(rows);
    expect(await siteTableRows({ list: 'mitm' })).toEqual([]);
    expect(await allMedicines()).toBe(await allMedicines());
    expect(content.getLiveCollection).toHaveBeenCalledTimes(1);
    expect(content.getLiveCollection).toHaveBeenCalledWith('medicines');
  });

  it("fails with the live collection's error (an entry that breaks the schema, a missing file)", async () => {
    content.getLiveCollection.mockResolvedValue({ error: new Error('medicines : 60000001 ne respecte pas le schéma') });
    const { allMedicines } = await freshSiteData();
    await expect(allMedicines()).rejects.toThrow('medicines : 60000001 ne respecte pas le schéma');
  });

  it('says to run the content step when the manifest is missing', async () => {
    content.getEntry.mockResolvedValue(undefined);
    const { siteManifest } = await freshSiteData();
    await expect(siteManifest()).rejects.toThrow('content/data/manifest.json manquant : lancer l’étape de contenu (npm run content)');
  });
});
