/**
 * Following a medicine in the browser: the button on its page, the list kept in localStorage, and
 * what changed since the last visit once a newer history is published (served here in place of
 * the built one, as a newer build would publish it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { blockedRequests, consoleErrors, launchChromium, useSite } from './chromium.ts';

const site = useSite();
const ATORVASTATINE = 'ATORVASTATINE DÉMO 20 mg, comprimé pelliculé';

function newerHistory(): string {
  const history = JSON.parse(readFileSync(join(inject('siteDir'), 'donnees', 'historique.json'), 'utf8')) as Array<{ to: string }>;
  const newest = history.at(-1)!.to;
  const change = {
    id: '60000051',
    name: ATORVASTATINE,
    topic: 'presentations',
    kind: 'changed',
    key: '3400930000511',
    field: 'price',
    old: '2.5',
    new: '2.1',
    files: ['CIS_CIP_bdpm.txt'],
  };
  return JSON.stringify([...history, { from: newest, to: '2030-01-15', changes: [change] }]);
}

describe('following a medicine', () => {
  it('keeps it in this browser, then shows its change from a newer history, until unfollowed', async () => {
    const page = await site.page('/medicaments/60000051/');
    const button = page.getByRole('button', { name: 'Suivre ce médicament' });
    const box = (await button.boundingBox())!;
    expect(box.width >= 24 && box.height >= 24).toBe(true);
    await button.click();
    await page.waitForURL(/\/suivis\/$/);
    const status = page.locator('[data-followed] [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(`Vous suivez désormais ${ATORVASTATINE}, dans ce navigateur.`);
    expect(await page.textContent('ul.followed')).toContain('Aucun changement enregistré depuis la version du 15/07/2025 dans les fichiers comparés');
    expect(await axeViolations(page)).toEqual([]);

    await page.route('**/donnees/historique.json', (route) => route.fulfill({ contentType: 'application/json', body: newerHistory() }));
    for (const visit of ['first', 'reload']) {
      await page.goto(`${site.baseUrl()}/suivis/`);
      await expect
        .poll(() => page.textContent('ul.followed'), { message: visit })
        .toContain('Prix de la présentation 3400930000511 passé de 2,50\u00a0€ à 2,10\u00a0€ (version du 15/01/2030');
      expect(await page.textContent('ul.followed')).toContain('Un changement depuis la version du 15/07/2025, la dernière que vous aviez vue :');
    }
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Ne plus suivre ${ATORVASTATINE}` }).click();
    await expect.poll(() => status.textContent()).toBe(`Vous ne suivez plus ${ATORVASTATINE}.`);
    await page.reload();
    await expect.poll(() => status.textContent()).toBe('Vous ne suivez aucun médicament dans ce navigateur.');
    expect(blockedRequests(page)).toEqual([]);
    expect(consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('says the changes are unknown when the history cannot be loaded, and still follows from the built version', async () => {
    const page = await site.page('/medicaments/60000051/');
    await page.route('**/donnees/historique.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.getByRole('button', { name: 'Suivre ce médicament' }).click();
    const status = page.locator('[data-followed] [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/Vous suivez désormais .*1 médicament\(s\) suivi\(s\).*n'a pas pu être chargé/);
    expect(await page.textContent('ul.followed')).toContain("Changements inconnus : l'historique n'a pas pu être chargé.");
    await page.unroute('**/donnees/historique.json');
    await page.goto(`${site.baseUrl()}/suivis/`);
    await expect
      .poll(() => page.textContent('ul.followed'))
      .toContain('Aucun changement enregistré depuis la version du 15/07/2025 dans les fichiers comparés.');
    await page.close();
  });

  it('with JavaScript off, leads to a page that says the list needs it and offers the feeds', async () => {
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(`${site.baseUrl()}/medicaments/60000051/`);
      await page.getByRole('button', { name: 'Suivre ce médicament' }).click();
      await page.waitForURL(/\/suivis\/\?#suivre=60000051&nom=/);
      expect(await page.textContent('[data-followed] [role="status"]')).toContain('Cette liste demande JavaScript, qui est désactivé');
      const feeds = await page.locator('#flux ~ ul a[type="application/atom+xml"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(feeds).toContain('/flux/listes/retrocession.xml');
      expect(feeds).toContain('/flux/ruptures/rupture.xml');
    } finally {
      await browser.close();
    }
  });
});
