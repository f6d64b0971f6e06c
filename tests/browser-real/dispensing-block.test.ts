/**
 * "Qui peut le prescrire" and "En pharmacie de ville" on real medicine pages, one per case of
 * issue 25 (CIS picked from the July 2025 CIS_CPD_bdpm.txt with grep): each line says what the
 * category's article implies, not what the absence of a text would suggest.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../browser/chromium.ts';
import { realSnapshotPresent } from '../helpers/sources.ts';

const present = realSnapshotPresent('tests navigateur du bloc « Où l’obtenir » sur données réelles');

describe.skipIf(!present)('dispensing block on real pages (BDPM July 2025)', () => {
  const site = useSite();

  async function lines(cis: string): Promise<{ who: string; city: string; whoConditions: string[] }> {
    const page = await site.page(`/medicaments/${cis}/`);
    const text = async (key: string) => ((await page.textContent(`dd[data-line="${key}"]`)) ?? '').replace(/\s+/g, ' ').trim();
    const result = {
      who: await text('who'),
      city: await text('city'),
      whoConditions: await page.$$eval('dd[data-line="who"] .conditions li', (items) => items.map((item) => item.textContent?.trim() ?? '')),
    };
    await page.close();
    return result;
  }

  it('RH with no other condition (SOJOURN, 60654271): prescription reserved to hospital prescribers', async () => {
    const { who, city, whoConditions } = await lines('60654271');
    expect(who).toMatch(
      /^Réservé à l'usage hospitalier : la prescription est réservée aux prescripteurs exerçant dans un établissement de santé \(R\. 5121-83\)\./,
    );
    expect(who).not.toMatch(/Aucune condition/);
    expect(whoConditions).toEqual([]);
    expect(city).toMatch(/^Non : réservé à l'usage hospitalier, il n'est délivré que par les pharmacies à usage intérieur \(R\. 5121-83, 2°\)\./);
  });

  it('PH with the transfusion-centre extension (FLEBOGAMMA DIF, 60534795): the place shown as the extension R. 5121-85 1° allows', async () => {
    const { who, city, whoConditions } = await lines('60534795');
    expect(who).toContain(
      'Prescription hospitalière : toute prescription est réservée aux prescripteurs exerçant dans un établissement de santé (R. 5121-85).',
    );
    expect(who).toContain("L'AMM étend ce droit au lieu d'exercice que nomme la condition ci-dessous, comme le permettent R. 5121-85 1° et R. 5121-88 1° a).");
    expect(who).not.toMatch(/spécialiste/);
    expect(whoConditions).toEqual(['prescription hospitalière', 'prescription par un médecin exerçant dans un établissement de transfusion sanguine']);
    expect(city).toMatch(/^Commercialisé ;/);
  });

  it('methadone (METHADONE AP-HP sirop, 61144346): not PH; initial prescription reserved, renewal open; city pharmacies dispense it', async () => {
    const { who, city } = await lines('61144346');
    expect(who).not.toMatch(/Prescription hospitalière :/);
    expect(who).toContain(
      "la prescription initiale est réservée à des médecins qualifiés dans une spécialité que désigne l'AMM (R. 5121-90, R. 5121-91 1°). La BDPM ne nomme pas cette spécialité.",
    );
    expect(who).toContain('Le renouvellement peut être fait par tout médecin');
    expect(who).toContain('aucun article en vigueur du code de la santé publique ne définit ce libellé');
    expect(city).toMatch(/^Oui : « délivrance effectuée par une pharmacie de ville » selon la BDPM, qui indique aussi « délivrance effectuée par un CSAPA »\./);
    expect(city).not.toMatch(/réservé à un lieu/);
  });

  it('IVG medicine (MIFEGYNE 600 mg, 62681445): the other law it refers to, not a specialty', async () => {
    const { who, whoConditions } = await lines('62681445');
    expect(who).toMatch(
      /^Interruption volontaire de grossesse : hors établissement de santé, la prescription est réservée aux médecins, sages-femmes et centres habilités dans le cadre de l'article L\. 2212-2/,
    );
    expect(who).not.toMatch(/spécialiste/);
    expect(whoConditions).toHaveLength(1);
  });

  it('PIH with a period (NEORAL 100 mg, 62758831): initial prescription hospital, renewal by any prescriber, lapse after six months', async () => {
    const { who, city } = await lines('62758831');
    expect(who).toContain(
      'la prescription initiale est réservée aux prescripteurs exerçant dans un établissement de santé (R. 5121-88 1°) ; le renouvellement peut être fait par tout prescripteur (R. 5121-88 2°).',
    );
    expect(who).toContain('La BDPM la dit « semestrielle » : la prescription initiale devient caduque au terme de ce délai (R. 5121-89).');
    expect(city).toMatch(/^Commercialisé ; remboursé à 100 %/);
  });
});
