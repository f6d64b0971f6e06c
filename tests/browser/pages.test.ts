import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { blockedRequests, consoleErrors, cspViolations, useSite } from './chromium.ts';

const site = useSite();

const pageTypes: Array<[string, string, RegExp]> = [
  ['home', '/', /Les régimes particuliers de dispensation[\s\S]*Accès dérogatoire : 5 médicament\(s\) \(AAC : 2 ; AAP : 2 ; CPC : 1\)/],
  ['medicine on the rétrocession list', '/medicaments/60000031/', /Inscrit sur la liste de rétrocession \(article L\. 5126-6 du code de la santé publique\)/],
  [
    'medicine on the MITM list in shortage',
    '/medicaments/60000022/',
    /Rupture de stock[\s\S]*stock de sécurité \(article R\. 5124-49-4 du code de la santé publique\)/,
  ],
  ['medicine in AAP', '/medicaments/60000041/', /Autorisation d'accès précoce/],
  ['medicine in CPC', '/medicaments/60000042/', /Cadre de prescription compassionnelle/],
  ['medicine in AAC without CIS', '/medicaments/nom-demo-aac-101-100-mg-poudre-pour-solution-injectable/', /Autorisation d'accès compassionnel/],
  ['imported medicine (list only)', '/medicaments/ucd-9000081/', /autorisation d'importation/i],
  ['MITM-only medicine absent from the BDPM', '/medicaments/60000091/', /n'est pas dans la Base de données publique/],
  ['medicine on no list', '/medicaments/60000011/', /ne figure sur aucune des listes/],
  ['hospital-reserved stupéfiant', '/medicaments/60000059/', /Non : réservé à l'usage hospitalier/],
  ['conditions of prescription', '/listes/conditions/', /Nombre de médicaments par condition/],
  ['one condition of prescription', '/listes/conditions/stupefiants/', /Médicaments stupéfiants/],
  ['rétrocession list', '/listes/retrocession/', /Liste de rétrocession/],
  ['MITM list', '/listes/mitm/', /intérêt thérapeutique majeur[\s\S]*article L\. 5111-4 du code de la santé publique/],
  ['accès dérogatoire list', '/listes/acces-derogatoire/', /AAC : 2 ; AAP : 2 ; CPC : 1/],
  ['AAP view', '/listes/acces-derogatoire/aap/', /Autorisation d'accès précoce \(AAP\)/],
  ['shortages', '/ruptures/', /Rupture de stock \(3\)/],
  ['shortages in one state', '/ruptures/etat/rupture/', /Rupture de stock : médicaments signalés/],
  ['A–Z index', '/medicaments/', /Index des médicaments/],
  ['A–Z letter', '/medicaments/lettre/a/', /AMOXICILLINE DÉMO/],
  ['regimes index', '/regimes/', /expliqués/],
  ['explanation: reform', '/regimes/reforme-2021/', /1er juillet 2021/],
  ['explanation: accès précoce', '/regimes/acces-precoce/', /critères cumulatifs/i],
  ['explanation: accès compassionnel', '/regimes/acces-compassionnel/', /e-Saturne/],
  ['explanation: rétrocession', '/regimes/retrocession/', /2021-1531/],
  ['explanation: MITM', '/regimes/mitm/', /4 mois/],
  ['explanation: sale to the public', '/regimes/vente-au-public-pui/', /L\. 5121-30/],
  ['explanation: restricted prescription', '/regimes/prescription-restreinte/', /Prescription initiale hospitalière/],
  ['explanation: lists and narcotics', '/regimes/listes-et-stupefiants/', /28 jours/],
  ['billing', '/facturation/', /PHQ/],
  ['glossary', '/glossaire/', /Unité commune de dispensation/],
  ['search', '/recherche/?q=amoxicilline&liste=MITM', /Recherche/],
  ['news', '/nouveautes/', /Version du 15\/07\/2025 \(comparée à celle du 15\/04\/2025\)/],
  ['news of one kind', '/nouveautes/2025-07-15/ruptures-modifiees/', /Signalements modifiés : version du 15\/07\/2025/],
  ['followed medicines', '/suivis/', /gardée dans ce navigateur seulement/],
  ['open data', '/donnees/', /liste-mitm\.csv/],
  ['sources and their dates', '/sources/', /date déclarée par le jeu de démonstration/],
  [
    'medicine withdrawn from the BDPM',
    '/medicaments/60000099/',
    /n'est plus dans la BDPM depuis la version du 15\/07\/2025 ; il était présent dans celle du 15\/04\/2025 \(CIS_bdpm.txt\)/,
  ],
  ['not found', '/nulle-part/', /Page introuvable/],
];

describe('every page type', () => {
  it.each(pageTypes)('%s (%s): French, demo banner, no third-party request, CSP kept, no console error, no axe violation', async (_name, path, text) => {
    const page = await site.page(path);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('main')).toMatch(text);
    expect(await page.textContent('.demo-banner')).toContain('Données de démonstration');
    expect(await axeViolations(page)).toEqual([]);
    expect(blockedRequests(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(await cspViolations(page)).toEqual([]);
    // The not-found page is served with status 404, which the browser logs for the page itself.
    expect(consoleErrors(page).filter((error) => !error.endsWith(`${site.baseUrl()}${path}`))).toEqual([]);
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain("default-src 'self'");
    await page.close();
  });
});

describe('on a phone (360 px wide)', () => {
  it.each(pageTypes.map(([, path]) => path))('%s does not scroll sideways; wide tables scroll in their own box', async (path) => {
    const page = await site.page(path);
    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Every table sits in a focusable, labelled box that scrolls it.
    const bare = await page.$$eval(
      'main table',
      (tables) => tables.filter((table) => !table.parentElement?.matches('.table-scroll[tabindex="0"][aria-label]')).length,
    );
    expect(bare).toBe(0);
    await page.close();
  });
});

describe('on paper', () => {
  it.each(['/medicaments/60000022/', '/facturation/'])('%s prints within the page width, tables wrapped, navigation left out', async (path) => {
    const page = await site.page(path);
    await page.emulateMedia({ media: 'print' });
    // A4 portrait at 96 dpi, less the default margins.
    await page.setViewportSize({ width: 720, height: 1000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    for (const width of await page.$$eval('.table-scroll', (boxes) => boxes.map((box) => box.scrollWidth - box.clientWidth)))
      expect(width).toBeLessThanOrEqual(0);
    expect(await page.isVisible('.site-header nav')).toBe(false);
    expect(await page.isVisible('.header-search')).toBe(false);
    expect(await page.isVisible('main table')).toBe(true);
    await page.close();
  });
});

describe('the accessibility check', () => {
  it('does report a planted violation', async () => {
    const page = await site.page('/glossaire/');
    await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/absent.png">'));
    expect((await axeViolations(page)).join()).toContain('image-alt');
    await page.close();
  });
});

describe('the Content-Security-Policy check', () => {
  it('does report a planted inline script', async () => {
    const page = await site.page('/glossaire/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.planted = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    expect((await cspViolations(page)).join()).toContain('script-src');
    await page.close();
  });
});

describe('medicine pages', () => {
  it('carry no JavaScript', async () => {
    const page = await site.page('/medicaments/60000022/');
    expect(await page.$$eval('script:not([type="application/ld+json"])', (scripts) => scripts.length)).toBe(0);
    await page.close();
  });

  it('link a MITM in shortage to the calculator with its status and rate', async () => {
    const page = await site.page('/medicaments/60000022/');
    const href = await page.getAttribute('#lien-calculateur', 'href');
    expect(href).toBe('/facturation/?statut=mitm-city&taux=100#calculateur');
    await page.click('#lien-calculateur');
    await page.waitForSelector('#resultat');
    expect(await page.isChecked('#statut-choix-mitm-city')).toBe(true);
    expect(await page.inputValue('#taux')).toBe('100');
    await page.close();
  });

  it('link an imported medicine to the calculator as PHI', async () => {
    const page = await site.page('/medicaments/ucd-9000081/');
    expect(await page.getAttribute('#lien-calculateur', 'href')).toBe('/facturation/?statut=import#calculateur');
    await page.close();
  });

  it('name the file and date of each source', async () => {
    const page = await site.page('/medicaments/60000031/');
    const sources = await page.textContent('#sources + ul');
    expect(sources).toContain('CIS_bdpm.txt, du 15/07/2025 (démonstration)');
    expect(sources).toContain('liste-retrocession.xlsx, du 15/07/2025 (démonstration)');
    await page.close();
  });

  it('open with where to get the medicine and who may prescribe it, each line naming its file', async () => {
    const page = await site.page('/medicaments/60000022/');
    const lines = await page.$$eval('#obtenir + dl dd', (cells) =>
      Object.fromEntries(cells.map((dd) => [dd.getAttribute('data-line'), dd.textContent?.replace(/\s+/g, ' ').trim()])),
    );
    expect(lines.city).toMatch(/^Commercialisé ; remboursé à 100 % selon la présentation\. Source : CIS_bdpm\.txt, du 15\/07\/2025 \(démonstration\)/);
    expect(lines.retrocession).toMatch(
      /^Aucune ligne de la liste de rétrocession ne porte son code CIS\. .*Source : liste-retrocession\.xlsx, du 15\/07\/2025/,
    );
    expect(lines.who).toContain('prescription réservée aux spécialistes et services NEUROLOGIE');
    expect(lines.prescription).toContain('liste I');
    expect(lines.availability).toContain('Rupture de stock (présentation 3400930000229) depuis le 12/05/2025');
    // Each condition links to its explanation.
    expect(await page.getAttribute('#obtenir + dl a:text("liste I")', 'href')).toBe('/glossaire/#liste-i');
    await page.close();
  });

  it('list the other members of the generic group of a medicine in rupture, available ones first', async () => {
    const page = await site.page('/medicaments/60000022/');
    expect(await page.textContent('#groupe-generique')).toBe('Autres médicaments du même groupe générique');
    const members = await page.$$eval('#groupe-generique ~ section li', (items) => items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim()));
    expect(members).toEqual([
      'VALPROATE DE SODIUM GÉNÉRIQUE A DÉMO 500 mg, comprimé gastro-résistant — générique ; commercialisée, aucune rupture ni tension signalée',
      'VALPROATE DE SODIUM GÉNÉRIQUE B DÉMO 500 mg, comprimé gastro-résistant — générique ; non commercialisée',
    ]);
    expect(await page.textContent('#groupe-generique + .note')).toContain('décision du prescripteur et du pharmacien');
    await page.close();
  });

  it('show prices and dates the French way', async () => {
    const page = await site.page('/medicaments/60000033/');
    expect((await page.textContent('#presentations ~ .table-scroll table'))?.replace(/\s/g, ' ')).toContain('1 007,79 €');
    expect(await page.textContent('.identity')).toContain('18/10/2018');
    await page.close();
  });
});

describe('list pages', () => {
  const headers = (page: Page) => page.$$eval('table.sortable thead th', (cells) => cells.map((cell) => cell.textContent?.trim()));
  const column = (page: Page, index: number) => page.$$eval(`table.sortable tbody tr td:nth-child(${index})`, (cells) => cells.map((c) => c.textContent ?? ''));
  const iso = (french: string) => french.split('/').reverse().join('-');

  it.each([
    ['/ruptures/', ['Médicament', 'État', 'Présentation (CIP13)', 'Début', 'Mise à jour', 'Remise à disposition', 'Fiche ANSM']],
    ['/listes/retrocession/', ['Médicament', 'Code UCD', 'AMM ou AI', 'Laboratoire', 'Inscription']],
    ['/listes/acces-derogatoire/', ['Médicament', 'Type', 'Indication', 'Statut', 'Début', 'Fin']],
    ['/listes/mitm/', ['Médicament', 'Classe ATC', 'Disponibilité']],
    ['/listes/conditions/liste-i/', ['Médicament', 'Condition (texte de la BDPM)', 'Forme']],
  ])('%s has its own columns', async (path, expected) => {
    const page = await site.page(path);
    expect(await headers(page)).toEqual(expected);
    await page.close();
  });

  it('lists shortages newest update first, says so in the caption, and filters by state', async () => {
    const page = await site.page('/ruptures/');
    const updates = (await column(page, 5)).map(iso);
    expect(updates).toEqual([...updates].sort().reverse());
    expect(await page.textContent('table.sortable caption')).toBe("Ruptures et tensions d'approvisionnement, triée par mise à jour, la plus récente d'abord");
    await page.click('a[href="/ruptures/etat/tension/"]');
    await page.waitForURL(/\/ruptures\/etat\/tension\/$/);
    expect(new Set(await column(page, 2))).toEqual(new Set(["Tension d'approvisionnement"]));
    await page.close();
  });

  it('sorts the whole list by a column, newest first for a date, and says the new order', async () => {
    const page = await site.page('/ruptures/');
    await page.click('th:nth-child(4) button');
    await page.waitForFunction(() => document.querySelector('th:nth-child(4)')?.getAttribute('aria-sort') === 'descending');
    const starts = (await column(page, 4)).map(iso);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(await page.textContent('table.sortable caption')).toContain('triée par début, la plus récente');
    expect(await page.textContent('[role="status"]')).toMatch(/^Liste entière triée par début/);
    await page.click('th:nth-child(1) button');
    await page.waitForFunction(() => document.querySelector('th:nth-child(1)')?.getAttribute('aria-sort') === 'ascending');
    const names = await column(page, 1);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base', numeric: true })));
    await page.close();
  });
});

describe('change history and open data', () => {
  it('shows a medicine its history, with the dates of both versions', async () => {
    const page = await site.page('/medicaments/60000051/');
    expect(await page.textContent('#historique + h3')).toBe('Version du 15/07/2025, comparée à celle du 15/04/2025');
    expect(await page.textContent('#historique + h3 + ul')).toContain('Retiré de la liste de rétrocession');
    await page.close();
  });

  it('publishes an Atom feed with one entry per version and kind of change', async () => {
    const page = await site.page('/');
    const feed = await page.evaluate(async () => {
      const xml = new DOMParser().parseFromString(await (await fetch('/nouveautes.xml')).text(), 'application/xml');
      return {
        error: xml.querySelector('parsererror')?.textContent ?? null,
        root: xml.documentElement.namespaceURI,
        titles: [...xml.querySelectorAll('entry > title')].map((t) => t.textContent),
      };
    });
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom');
    expect(feed.titles).toContain('Liste des MITM : 2 dans la version du 15/07/2025');
    await page.close();
  });

  it('serves CSV files for French Excel and JSON with its schema', async () => {
    const page = await site.page('/donnees/');
    const files = await page.evaluate(async () => {
      const bytes = new Uint8Array(await (await fetch('/donnees/ruptures.csv')).arrayBuffer());
      const medicines = await (await fetch('/donnees/medicaments.json')).json();
      const schema = await (await fetch('/donnees/schema-medicament.json')).json();
      return {
        bom: [...bytes.slice(0, 3)],
        text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
        count: medicines.length,
        required: schema.required,
      };
    });
    expect(files.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(files.text.split('\r\n')[0]).toBe(
      '\uFEFF"identifiant";"code_cis";"denomination";"etat";"code_cip13";"date_debut";"date_mise_a_jour";"date_remise_a_disposition";"prix_max_presentations"',
    );
    expect(files.text).toContain('"60000022"');
    expect(files.text).toContain('"12/05/2025"');
    expect(files.count).toBe(34);
    expect(files.required).toContain('shortageState');
    await page.close();
  });
});
