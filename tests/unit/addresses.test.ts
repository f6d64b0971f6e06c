import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  billingCalculatorPath,
  explanationPath,
  letterPagePath,
  listPagePath,
  listTableName,
  listTablePath,
  medicinePagePath,
  numberedPagePath,
  openDataFilePath,
  regimeIdOf,
} from '../../src/lib/addresses.ts';
import { glossaryTerms, regimeIds } from '../../src/lib/page-ids.ts';
import { tableViews } from '../../src/lib/lists/registry.ts';
import { projectRoot } from '../helpers/sources.ts';

describe('site addresses', () => {
  // The whole build checks that every indexed medicine has this page (scripts/lib/search/search-index.ts).
  it('puts a medicine page under /medicaments/<id>/, with the final slash of every address', () => {
    expect(medicinePagePath('60000001')).toBe('/medicaments/60000001/');
    expect(medicinePagePath('ucd-9000001')).toBe('/medicaments/ucd-9000001/');
    expect(letterPagePath('0-9')).toBe('/medicaments/lettre/0-9/');
    expect(letterPagePath('B')).toBe('/medicaments/lettre/b/');
  });

  it('keeps the French addresses of the lists and of their parts', () => {
    expect(listPagePath({ list: 'retrocession' })).toBe('/listes/retrocession/');
    expect(listPagePath({ list: 'accesDerogatoire', part: 'AAC' })).toBe('/listes/acces-derogatoire/aac/');
    expect(listPagePath({ list: 'shortages' })).toBe('/ruptures/');
    expect(listPagePath({ list: 'shortages', part: 'arret' })).toBe('/ruptures/etat/arret/');
    expect(listPagePath({ list: 'prescriptionConditions' })).toBe('/listes/conditions/');
    expect(listPagePath({ list: 'prescriptionConditions', part: 'liste-i' })).toBe('/listes/conditions/liste-i/');
    expect(numberedPagePath('/listes/mitm/', 1)).toBe('/listes/mitm/');
    expect(numberedPagePath('/listes/mitm/', 3)).toBe('/listes/mitm/3/');
  });

  it('names each list table file once, as the published files were named', () => {
    const names = tableViews.map(listTableName);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['ruptures', 'ruptures-remise', 'retrocession', 'mitm', 'acces-derogatoire', 'acces-derogatoire-cpc', 'conditions-rh']),
    );
    expect(listTablePath({ list: 'shortages', part: 'rupture' })).toBe('/donnees/tables/ruptures-rupture.json');
  });

  it('links explanations, the calculator and the data files', () => {
    expect(explanationPath({ glossary: 'liste-i' })).toBe('/glossaire/#liste-i');
    expect(explanationPath({ regime: 'prescription-restreinte' })).toBe('/regimes/prescription-restreinte/');
    expect(billingCalculatorPath(new URLSearchParams({ statut: 'import' }))).toBe('/facturation/?statut=import#calculateur');
    expect(billingCalculatorPath()).toBe('/facturation/#calculateur');
    expect(openDataFilePath('ruptures.csv')).toBe('/donnees/ruptures.csv');
  });

  it('knows every regime page and glossary entry of content/, and refuses another regime', () => {
    const regimeFiles = readdirSync(join(projectRoot, 'content/regimes')).map((file) => file.replace(/\.md$/, ''));
    expect([...regimeIds].sort()).toEqual(regimeFiles.sort());
    const glossary = JSON.parse(readFileSync(join(projectRoot, 'content/glossaire.json'), 'utf8')) as Array<{ id: string }>;
    expect([...glossaryTerms].sort()).toEqual(glossary.map(({ id }) => id).sort());
    expect(regimeIdOf('mitm')).toBe('mitm');
    expect(() => regimeIdOf('mitn')).toThrow(/mitn/);
  });
});
