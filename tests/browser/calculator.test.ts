import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatEuro } from '../../src/lib/format.ts';
import { blockedRequests, cspViolations, useSite } from './chromium.ts';

const site = useSite();

async function fillAndSubmit(page: Page, fields: { statut: string; prix: string; ucd: string; taux?: string; marge?: string; tva?: string }) {
  await page.check(`#statut-choix-${fields.statut}`);
  await page.fill('#prix', fields.prix);
  await page.fill('#ucd', fields.ucd);
  await page.selectOption('#taux', fields.taux ?? '');
  if (fields.marge !== undefined) await page.fill('#marge', fields.marge);
  if (fields.tva !== undefined) await page.fill('#tva', fields.tva);
  await page.click('#calculator button[type=submit]');
}

async function shownAmounts(page: Page): Promise<string[]> {
  await page.waitForSelector('#resultat-detail');
  return page.$$eval('#resultat-detail td', (cells) => cells.map((cell) => (cell.textContent ?? '').trim()));
}

/** The seven rows of the result, in order: base, margin, before VAT, VAT, billed, insurer, patient. */
function euros(...amounts: [number, number, number, number, number, number, number]): string[] {
  return amounts.map(formatEuro);
}

// Worked out by hand from the rules of content/billing.json (default margin 22 €, VAT 2.1 %),
// half a cent rounded up: HT = price × UCD + margin; VAT on the rounded HT; insurer = TTC × rate.
// 10 × 3 = 30; + 22 = 52; 52 × 2.1 % = 1.092 → 1.09; TTC 53.09; import at 100 %: 53.09 and 0.
const importTen = euros(30, 22, 52, 1.09, 53.09, 53.09, 0);
// 12.50 × 2 = 25; + 22 = 47; 47 × 2.1 % = 0.987 → 0.99; TTC 47.99; 65 %: 31.1935 → 31.19; 47.99 − 31.19 = 16.80.
const hospital65 = euros(25, 22, 47, 0.99, 47.99, 31.19, 16.8);
// 7.30 × 10 = 73; + 22 = 95; 95 × 2.1 % = 1.995 → 2.00; TTC 97.00; 100 %: 97.00 and 0.
const hospital100 = euros(73, 22, 95, 2, 97, 97, 0);
// 4.35 × 5 = 21.75; margin 0 → 21.75; 21.75 × 5.5 % = 1.19625 → 1.20; TTC 22.95; 30 %: 6.885 → 6.89; 22.95 − 6.89 = 16.06.
const city30 = euros(21.75, 0, 21.75, 1.2, 22.95, 6.89, 16.06);

describe('billing calculator (/facturation/)', () => {
  it.each([
    [{ statut: 'import', prix: '10', ucd: '3' }, importTen, 'PHI', 'non requis'],
    [{ statut: 'mitm-hospital', prix: '12,50', ucd: '2', taux: '65' }, hospital65, 'PHS', 'obligatoire'],
    [{ statut: 'mitm-hospital', prix: '7,3', ucd: '10', taux: '100' }, hospital100, 'PHH', 'obligatoire'],
    [{ statut: 'mitm-city', prix: '4,35', ucd: '5', taux: '30', marge: '0', tva: '5,5' }, city30, 'PHQ', 'obligatoire'],
  ] as const)('computes %j to the amounts worked out by hand', async (fields, amounts, code, ucd) => {
    const page = await site.page('/facturation/');
    await fillAndSubmit(page, fields);
    expect(await shownAmounts(page)).toEqual(amounts);
    expect(await page.textContent('#resultat-codes')).toBe(`Code de prestation : ${code}. Code UCD : ${ucd}.`);
    expect(blockedRequests(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the values in the address so that a shared link shows the same result', async () => {
    const page = await site.page('/facturation/');
    await fillAndSubmit(page, { statut: 'mitm-city', prix: '4,35', ucd: '5', taux: '65' });
    const amounts = await shownAmounts(page);
    const shared = page.url();
    expect(shared).toContain('statut=mitm-city');
    const second = await site.page(new URL(shared).pathname + new URL(shared).search);
    expect(await shownAmounts(second)).toEqual(amounts);
    expect(await second.inputValue('#prix')).toBe('4,35');
    await Promise.all([page.close(), second.close()]);
  });

  it('announces errors next to the fields and in the live region, and focuses the first', async () => {
    const page = await site.page('/facturation/');
    await fillAndSubmit(page, { statut: 'mitm-hospital', prix: 'abc', ucd: '0', taux: '65' });
    expect(await page.textContent('#prix-erreur')).toContain('nombre');
    expect(await page.getAttribute('#prix', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#resultat', 'aria-live')).toBe('polite');
    expect(await page.textContent('#resultat')).toContain('Calcul impossible');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('prix');
    // Correcting the price leaves the quantity error, found by computeBilling.
    await page.fill('#prix', '3');
    await page.click('#calculator button[type=submit]');
    expect(await page.textContent('#ucd-erreur')).toContain('entier');
    expect(await page.getAttribute('#prix', 'aria-invalid')).toBeNull();
    await page.close();
  });

  it('asks for the rate of a MITM', async () => {
    const page = await site.page('/facturation/');
    await fillAndSubmit(page, { statut: 'mitm-city', prix: '3', ucd: '1' });
    expect(await page.textContent('#taux-erreur')).toContain('taux');
    await page.close();
  });

  it('renders the rules table from the data file', async () => {
    const page = await site.page('/facturation/');
    const rows = await page.$$eval('#tableau ~ .table-scroll table tbody tr', (trs) => trs.map((tr) => tr.querySelectorAll('td')[2]?.textContent));
    expect(rows).toEqual(['PHI', 'PHH, PHS, PHQ', 'PHH, PHS, PHQ']);
    await page.close();
  });

  it('keeps working offline once the page is loaded', async () => {
    const page = await site.page('/facturation/');
    await page.context().setOffline(true);
    await fillAndSubmit(page, { statut: 'mitm-hospital', prix: '12,50', ucd: '2', taux: '65' });
    expect(await shownAmounts(page)).toEqual(hospital65);
    await page.context().setOffline(false);
    await page.close();
  });
});
