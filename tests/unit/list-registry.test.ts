import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine, Presentation, Shortage } from '../../src/lib/content/medicine.ts';
import { isDiscontinued, isMarketed } from '../../src/lib/commercial-status.ts';
import { zeroCounts } from '../../src/lib/content/manifest.ts';
import { nameColumn } from '../../src/lib/lists/cells.ts';
import { type ListId, listIds, listShapes, viewsOf } from '../../src/lib/lists/list-views.ts';
import { badgeOf, countOf, isMemberOf, lists, regimeOf, tableOf, tableRows, tableViews, titleOf } from '../../src/lib/lists/registry.ts';
import { regimeIds } from '../../src/lib/page-ids.ts';
import { pagerLinks } from '../../src/lib/pager.ts';
import { describeOrder, publishTable, readPublishedTable, sortRows } from '../../src/lib/table-order.ts';
import { facets } from '../../src/lib/search-query.ts';

const shortage = (change: Partial<Shortage>): Shortage => ({
  cip13: null,
  state: 'rupture',
  label: null,
  startDate: null,
  updatedDate: null,
  availableAgainDate: null,
  ansmUrl: null,
  from: { source: 'CIS_CIP_Dispo_Spec.txt', row: 1 },
  ...change,
});
const medicine = (id: string, name: string, change: Partial<Medicine> = {}): Medicine => ({ ...emptyMedicine(id, id, name), inBdpm: true, ...change });

const medicines = [
  medicine('60000001', 'ALPHA', { shortageState: 'tension', shortages: [shortage({ state: 'tension', startDate: '2025-01-01', updatedDate: '2025-06-01' })] }),
  medicine('60000002', 'BETA', {
    shortageState: 'rupture',
    shortages: [
      shortage({ state: 'remise', updatedDate: '2025-07-02' }),
      shortage({ cip13: '3400930000002', startDate: '2025-03-01', updatedDate: '2025-07-01', ansmUrl: 'https://ansm.sante.fr/x/beta' }),
    ],
  }),
  medicine('60000003', 'GAMMA', { shortageState: 'arret', shortages: [shortage({ state: 'arret' })] }),
  medicine('60000004', 'DELTA'),
];

describe('list tables', () => {
  it('lists shortages by last update, newest first, with the report that sets the state', () => {
    const rows = tableRows(medicines, { list: 'shortages' });
    expect(rows.map((row) => row.cells)).toEqual([
      ['BETA', 'Rupture de stock', '3400930000002', '01/03/2025', '01/07/2025', '—', 'Voir la fiche'],
      ['ALPHA', "Tension d'approvisionnement", 'toutes', '01/01/2025', '01/06/2025', '—', '—'],
      ['GAMMA', 'Arrêt de commercialisation', 'toutes', '—', '—', '—', '—'],
    ]);
    expect(rows[0].links).toEqual({ 6: 'https://ansm.sante.fr/x/beta' });
    expect(tableRows(medicines, { list: 'shortages', part: 'tension' }).map((row) => row.cells[0])).toEqual(['ALPHA']);
  });

  it('sorts by the sort key (ISO date), not the French text, and breaks ties by name', () => {
    const rows = tableRows(medicines, { list: 'shortages' });
    expect(sortRows(rows, { column: 3, descending: false }).map((row) => row.cells[0])).toEqual(['GAMMA', 'ALPHA', 'BETA']);
    expect(describeOrder(tableOf({ list: 'shortages' }).columns, { column: 3, descending: false })).toBe("triée par début, la plus ancienne d'abord");
    expect(describeOrder(tableOf({ list: 'mitm' }).columns, { column: 0, descending: true })).toBe('triée par médicament, de Z à A');
  });

  it('publishes the rows compactly and reads them back the same', () => {
    const rows = tableRows(medicines, { list: 'shortages' });
    const published = publishTable(tableOf({ list: 'shortages' }).columns, rows);
    expect(published.rows[0][2]).toEqual([null, null, null, '2025-03-01', '2025-07-01', '', null]);
    expect(readPublishedTable(JSON.parse(JSON.stringify(published)))).toEqual(rows);
  });
});

describe('pagerLinks', () => {
  it('gives first, previous, a window of pages, next and last', () => {
    const links = pagerLinks(5, 41, '/listes/mitm/');
    expect(links.map((link) => link.label)).toEqual(['« Première', '‹ Précédente', '…', '3', '4', '5', '6', '7', '…', 'Suivante ›', 'Dernière »']);
    expect(links.find((link) => link.current)?.href).toBe('/listes/mitm/5/');
    expect(links[0].href).toBe('/listes/mitm/');
    expect(links.at(-1)?.href).toBe('/listes/mitm/41/');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(pagerLinks(1, 2, '/x/').map((link) => link.label)).toEqual(['1', '2', 'Suivante ›', 'Dernière »']);
    expect(pagerLinks(2, 2, '/x/').map((link) => link.label)).toEqual(['« Première', '‹ Précédente', '1', '2']);
  });
});

describe('list registry', () => {
  it('gives every list and part a title, a regime page and sources, and every table a name column first', () => {
    for (const list of listIds) {
      for (const view of viewsOf(list)) {
        expect(titleOf(view), JSON.stringify(view)).not.toBe('');
        expect(regimeIds, JSON.stringify(view)).toContain(regimeOf(view));
        expect(lists[view.list].sources.length).toBeGreaterThan(0);
      }
    }
    expect(tableViews.length).toBe(1 + 3 + 1 + 4 + 1 + 1 + listShapes.prescriptionConditions.parts.length);
    for (const view of tableViews) expect(tableOf(view).columns[0]).toEqual(nameColumn);
  });

  it('counts as the content step does: each view reads its own count', () => {
    const counts = {
      ...zeroCounts(),
      lists: { ...zeroCounts().lists, retrocession: 4, accesDerogatoire: 3 },
      accessTypes: { AAC: 1, AAP: 2, CPC: 0 },
      shortageStates: { rupture: 5, tension: 0, arret: 0, remise: 1 },
    };
    expect(countOf(counts, { list: 'retrocession' })).toBe(4);
    expect(countOf(counts, { list: 'accesDerogatoire', part: 'AAP' })).toBe(2);
    expect(countOf(counts, { list: 'shortages', part: 'remise' })).toBe(1);
  });

  it('knows a medicine is on a part only through that part', () => {
    const [alpha, beta] = medicines;
    expect(isMemberOf(alpha, { list: 'shortages', part: 'tension' })).toBe(true);
    expect(isMemberOf(alpha, { list: 'shortages', part: 'rupture' })).toBe(false);
    expect(isMemberOf(beta, { list: 'shortages' })).toBe(true);
    expect(badgeOf({ list: 'shortages', part: 'tension' })).toBe("Tension d'approvisionnement");
    expect(badgeOf({ list: 'prescriptionConditions', part: 'rh' })).toBeNull();
  });
});

describe('commercial status', () => {
  it('reads a marketed medicine and a stopped presentation as the BDPM writes them', () => {
    expect(isMarketed('Commercialisée')).toBe(true);
    expect(isMarketed('Non commercialisée')).toBe(false);
    const presentation = (commercialStatus: string | null) => ({ commercialStatus }) as Presentation;
    expect(isDiscontinued(presentation("Déclaration d'arrêt de commercialisation"))).toBe(true);
    expect(isDiscontinued(presentation('Déclaration de commercialisation'))).toBe(false);
  });
});

describe('the search filters, which keep their own values to keep the registry out of the search page script', () => {
  it('offer every badge of the lists (Liste) and of the shortage states (Disponibilité), and nothing else', () => {
    const valuesOf = (key: string) => facets.find((facet) => facet.key === key)!.values.map((value) => value.indexed);
    const badges = (list: ListId) =>
      viewsOf(list)
        .map(badgeOf)
        .filter((badge): badge is string => badge !== null);
    // A list added with a badge fails here until the search filter offers it.
    expect(valuesOf('liste')).toEqual(listIds.filter((list) => list !== 'shortages').flatMap(badges));
    expect(valuesOf('disponibilite')).toEqual(badges('shortages'));
  });
});
