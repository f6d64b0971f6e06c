import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type BillingInput, computeBilling } from '../../src/lib/billing.ts';
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

function expectedAmounts(input: BillingInput): string[] {
  const r = computeBilling(input);
  return [r.baseHT, r.flatMargin, r.amountHT, r.vatAmount, r.amountTTC, r.insurerShare, r.patientShare].map(formatEuro);
}

describe('billing calculator (/facturation/)', () => {
  it.each([
    [{ statut: 'import', prix: '10', ucd: '3' }, { status: 'import', unitPriceHT: 10, quantity: 3 }, 'PHI', 'non requis'],
    [{ statut: 'mitm-hospital', prix: '12,50', ucd: '2', taux: '65' }, { status: 'mitm-hospital', unitPriceHT: 12.5, quantity: 2, reimbursementRate: 65 }, 'PHS', 'obligatoire'],
    [{ statut: 'mitm-hospital', prix: '7,3', ucd: '10', taux: '100' }, { status: 'mitm-hospital', unitPriceHT: 7.3, quantity: 10, reimbursementRate: 100 }, 'PHH', 'obligatoire'],
    [
      { statut: 'mitm-city', prix: '4,35', ucd: '5', taux: '30', marge: '0', tva: '5,5' },
      { status: 'mitm-city', unitPriceHT: 4.35, quantity: 5, reimbursementRate: 30, flatMargin: 0, vatRate: 5.5 },
      'PHQ',
      'obligatoire',
    ],
  ] as const)('computes %j as computeBilling does', async (fields, input, code, ucd) => {
    const page = await site.page('/facturation/');
    await fillAndSubmit(page, fields);
    expect(await shownAmounts(page)).toEqual(expectedAmounts(input as BillingInput));
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
    expect(await shownAmounts(page)).toEqual(expectedAmounts({ status: 'mitm-hospital', unitPriceHT: 12.5, quantity: 2, reimbursementRate: 65 }));
    await page.context().setOffline(false);
    await page.close();
  });
});
