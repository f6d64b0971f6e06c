/**
 * The page audit's comparisons on a tiny literal snapshot: a page that states every field
 * as the target contract says passes every check, and each pattern of issue 25 written
 * into it fails its own check, so that no comparison is one that cannot fail.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSnapshot, seededShuffle } from '../helpers/bdpm-rows.ts';
import { auditPage, containsPhrase, loose, shownForms } from '../helpers/page-audit.ts';
import { drawSample, implausibleDates, patterns } from '../helpers/page-audit-sample.ts';
import type { PageView } from '../helpers/page-view.ts';
import { scratch } from '../helpers/sources.ts';

const CIS = '60000001';
const files: Record<string, string> = {
  'CIS_bdpm.txt': [
    `${CIS}\tTESTAMOL 500 mg, comprimé\tcomprimé\torale;rectale\tAutorisation abrogée\tProcédure nationale\tNon commercialisée\t01/02/2003\t\t\t LABO A;LABO B\tNon`,
    '60000002\tAUTRE 500 mg, comprimé\tcomprimé\torale\tAutorisation active\tProcédure nationale\tCommercialisée\t01/01/2010\t\t\t LABO C\tNon',
  ].join('\r\n'),
  'CIS_CIP_bdpm.txt': [
    `${CIS}\t1111111\tplaquette de 10 comprimés\tPrésentation active\tDéclaration de commercialisation\t01/01/2004\t3400900000001\toui\t65%\t1,234,56\t1,235,58\t1,02\tRemboursé dans l'indication :<br><br>- douleur &amp; fièvre`,
    `${CIS}\t2222222\tplaquette de 20 comprimés\tPrésentation active\tDéclaration d'arrêt de commercialisation\t29/11/2924\t3400900000002\tnon\t65%\t3,00\t4,02\t1,02\t`,
    `${CIS}\t3333333\tflacon\tPrésentation active\tArrêt de commercialisation (le médicament n'a plus d'autorisation)\t20/07/2020\t3400900000003\tnon\t65%\t5,00\t6,02\t1,02\t`,
  ].join('\n'),
  'CIS_COMPO_bdpm.txt': [
    `${CIS}\tcomprimé\t1\tPARACÉTAMOL\t500 mg\tun comprimé\tSA\t1\t`,
    `${CIS}\tgranules\t1\tPARACÉTAMOL\t500 mg\tun comprimé\tSA\t2\t`,
  ].join('\r\n'),
  'CIS_CPD_bdpm.txt': [`${CIS}\tréservé à l'usage HOSPITALIER`, `${CIS}\tpour tous les patients :`, `${CIS}\tliste I`, '\r', '\r'].join('\r\n'),
  'CIS_CIP_Dispo_Spec.txt': `${CIS}\t3400900000001\t2\ttension d'approvisionnement\t01/03/2025\t02/03/2025\t\thttps://ansm.sante.fr/x\r\n`,
  'CIS_GENER_bdpm.txt': [`7\tPARACÉTAMOL 500 mg\t${CIS}\t0\t1\t`, '7\tPARACÉTAMOL 500 mg\t60000002\t1\t2\t', '7\tPARACÉTAMOL 500 mg\t60000003\t1\t3\t'].join(
    '\r\n',
  ),
  'CIS_MITM.txt': `${CIS}\tN02BE01\tTESTAMOL\thttps://example.test\r\n`,
};
const folder = scratch('page-audit');
afterAll(folder.cleanup);
for (const [name, text] of Object.entries(files)) writeFileSync(join(folder.dir, name), text);
const snapshot = readSnapshot(folder.dir);
const rows = snapshot.rowsOf(CIS);
const context = { inBdpm: (cis: string) => snapshot.medicines.has(cis), retrocessionLoaded: false, accessLoaded: false, now: new Date('2026-01-01') };

/** The fixed page: every field as the target contract wants it. */
function goodPage(): PageView {
  return {
    h1: 'TESTAMOL 500 mg, comprimé',
    description: 'TESTAMOL 500 mg, comprimé — MITM.',
    text: [
      'Qui peut le prescrire Réservée aux prescripteurs exerçant dans un établissement de santé (R. 5121-83).',
      "réservé à l'usage HOSPITALIER pour tous les patients : liste I",
      "Remboursement limité Remboursé dans l'indication : - douleur & fièvre",
      'Classe ATC : N02BE01.',
      'Groupe PARACÉTAMOL 500 mg AUTRE 500 mg, comprimé ; 60000003, absent de CIS_bdpm.txt',
    ].join(' '),
    terms: [
      { term: 'Code CIS', value: CIS },
      { term: 'Forme', value: 'comprimé' },
      { term: "Voies d'administration", value: 'orale, rectale' },
      { term: 'Titulaires', value: 'LABO A, LABO B' },
      { term: 'Statut de l’AMM', value: 'Autorisation abrogée' },
      { term: "Date de l'AMM", value: '01/02/2003' },
      { term: 'Procédure', value: 'Procédure nationale' },
      { term: 'Commercialisation', value: 'Non commercialisée' },
      { term: 'Qui peut le prescrire', value: 'Réservée aux prescripteurs exerçant dans un établissement de santé (R. 5121-83).' },
      { term: 'En pharmacie de ville', value: 'Oui' },
    ],
    tables: [
      { caption: 'Signalements', rows: [["Tension d'approvisionnement", '3400900000001', '01/03/2025', '02/03/2025', '—']] },
      { caption: 'Présentations, taux et prix', rows: [['plaquette de 10 comprimés', '3400900000001', '1111111', '65 %', '1 234,56 € + 1,02 € = 1 235,58 €']] },
      {
        caption: "Présentations dont l'arrêt de commercialisation est déclaré",
        rows: [
          ['plaquette de 20 comprimés', '3400900000002', '2222222', 'arrêt déclaré'],
          ['flacon', '3400900000003', '3333333', "plus d'autorisation"],
        ],
      },
    ],
    sections: [
      {
        heading: 'Composition',
        text: 'Composition comprimé : PARACÉTAMOL 500 mg pour un comprimé granules : PARACÉTAMOL 500 mg pour un comprimé',
        items: ['comprimé : PARACÉTAMOL 500 mg pour un comprimé', 'granules : PARACÉTAMOL 500 mg pour un comprimé'],
      },
      { heading: "Médicament d'intérêt thérapeutique majeur", text: '', items: [] },
    ],
    links: [{ href: '/medicaments/60000002/', text: 'AUTRE 500 mg, comprimé' }],
  };
}

const checksOf = (view: PageView, html = '<html></html>') => [...new Set(auditPage(view, html, rows, context).map((m) => m.check))].sort();

describe('page audit comparisons', () => {
  it('reads the literal files with its own reader: CRLF, blank CPD lines, groups', () => {
    expect(rows.medicine.cells[10]).toBe('LABO A;LABO B');
    expect(rows.conditions.map((row) => row.cells[1])).toEqual(["réservé à l'usage HOSPITALIER", 'pour tous les patients :', 'liste I']);
    expect(rows.presentations[1].line).toBe(2);
    expect(rows.absentMembers).toEqual(['60000003']);
    expect(implausibleDates(rows, context.now)).toEqual([{ row: { file: 'CIS_CIP_bdpm.txt', line: 2 }, date: '29/11/2924' }]);
  });

  it('passes a page that states every field as its file does', () => {
    expect(auditPage(goodPage(), '<html></html>', rows, context)).toEqual([]);
  });

  it.each<[string, (view: PageView) => void, string[]]>([
    ['name', (v) => (v.h1 = 'TESTAMOL'), ['name']],
    [
      '"<status> depuis le <AMM date>"',
      (v) => {
        v.terms[4].value = 'Autorisation abrogée depuis le 01/02/2003';
        v.terms.splice(5, 1);
        v.text += ' Autorisation abrogée depuis le 01/02/2003';
      },
      ['amm-date', 'amm-status', 'amm-status-since'],
    ],
    ['routes', (v) => (v.terms[2].value = 'orale'), ['routes']],
    ['holders', (v) => (v.terms[3].value = 'LABO A'), ['holders']],
    [
      'discontinued presentation with price among current ones',
      (v) => {
        v.tables[2].rows.shift();
        v.tables[1].rows.push(['plaquette de 20 comprimés', '3400900000002', '2222222', '65 %', '3,00 €']);
      },
      ['presentation-discontinued'],
    ],
    ['presentation shown twice', (v) => v.tables[1].rows.push(['plaquette de 20 comprimés', '3400900000002', '2222222']), ['presentation-row']],
    ['presentation stopped with its authorisation, priced as current', (v) => (v.tables[2].rows[1][3] = '65 %'), ['presentation-discontinued']],
    ['discontinued presentation with a price in its own table', (v) => v.tables[2].rows[0].push('3,00 €'), ['presentation-discontinued']],
    ['current presentation without its price', (v) => (v.tables[1].rows[0][4] = '—'), ['presentation-current']],
    ['presentation missing', (v) => v.tables[2].rows.shift(), ['presentation-row']],
    ['reimbursement note not shown', (v) => (v.text = v.text.replace(/Remboursement limité.*fièvre/, 'remboursé à 65 %')), ['reimbursement-note']],
    ['reimbursement note shown with its markup', (v) => (v.text += ' <br><br>'), ['reimbursement-note']],
    [
      'composition elements dropped',
      (v) => {
        v.sections[0].items = ['PARACÉTAMOL : 500 mg pour un comprimé', 'PARACÉTAMOL : 500 mg pour un comprimé'];
        v.sections[0].text = `Composition ${v.sections[0].items.join(' ')}`;
      },
      ['composition-element'],
    ],
    ['composition dosage wrong', (v) => (v.sections[0].items = ['comprimé : PARACÉTAMOL 50 mg', 'granules : PARACÉTAMOL 50 mg']), ['composition']],
    ['header line of CIS_CPD dropped', (v) => (v.text = v.text.replace('pour tous les patients :', '')), ['prescription-condition']],
    ['"liste I" only as part of "liste II"', (v) => (v.text = v.text.replace('liste I', 'liste II')), ['prescription-condition']],
    [
      'RH medicine told no condition reserves its prescription',
      (v) => (v.terms[8].value = 'Aucune condition de la BDPM ne réserve la prescription à un prescripteur ou à un service.'),
      ['who-rh'],
    ],
    ['shortage update date missing', (v) => (v.tables[0].rows[0][3] = '—'), ['shortage']],
    ['group member absent from CIS_bdpm.txt left out', (v) => (v.text = v.text.replace('60000003', '')), ['generic-member']],
    ['group member not linked', (v) => (v.links = []), ['generic-member']],
    [
      '"aucune des listes suivies" while lists are not loaded',
      (v) => {
        v.text += ' Ce médicament ne figure sur aucune des listes suivies par ce site (rétrocession, MITM, accès dérogatoire).';
        v.description += ' sur aucune des listes suivies';
      },
      ['lists-unloaded', 'lists-unloaded-meta'],
    ],
    [
      'not on the rétrocession list while it is not loaded',
      (v) => (v.text += ' Aucune ligne de la liste de rétrocession ne porte son code CIS.'),
      ['lists-unloaded'],
    ],
    ['MITM not shown', (v) => v.sections.pop(), ['mitm']],
    ['MITM without its ATC class', (v) => (v.text = v.text.replace('N02BE01', '')), ['mitm']],
    ['group label missing', (v) => (v.text = v.text.replace('PARACÉTAMOL 500 mg AUTRE', 'AUTRE')), ['generic-group']],
    ['BDPM alert not in the file', (v) => v.terms.push({ term: 'Alerte BDPM', value: 'Alerte' }), ['bdpm-alert']],
    [
      'enhanced monitoring not in the file',
      (v) => v.terms.push({ term: 'Surveillance', value: 'Médicament sous surveillance renforcée' }),
      ['enhanced-monitoring'],
    ],
  ])('fails on %s', (_name, alter, expected) => {
    const view = goodPage();
    alter(view);
    expect(checksOf(view)).toEqual(expected);
  });

  it('fails when an implausible date of a file appears anywhere on the page, as written or ISO', () => {
    expect(checksOf(goodPage(), '<td>29/11/2924</td>')).toEqual(['implausible-date']);
    expect(checksOf(goodPage(), '{"date":"2924-11-29"}')).toEqual(['implausible-date']);
  });

  it('fails when a medicine with no CIS_CIP row is said to have no marketed presentation', () => {
    const other = snapshot.rowsOf('60000002');
    const view: PageView = {
      h1: 'AUTRE 500 mg, comprimé',
      description: '',
      text: '',
      terms: [{ term: 'En pharmacie de ville', value: 'Commercialisé ; aucune présentation déclarée commercialisée dans la BDPM.' }],
      tables: [],
      sections: [],
      links: [{ href: '/medicaments/60000001/', text: 'TESTAMOL' }],
    };
    expect(auditPage(view, '', other, context).map((m) => m.check)).toContain('city-no-presentation');
    view.terms[0].value = 'Le fichier CIS_CIP_bdpm.txt ne dit rien de ses présentations.';
    expect(auditPage(view, '', other, context).map((m) => m.check)).not.toContain('city-no-presentation');
  });

  it('fails when a medicine the shortage file does not list is shown with a shortage state', () => {
    const other = snapshot.rowsOf('60000002');
    const view: PageView = { h1: '', description: '', text: '', terms: [], tables: [], sections: [], links: [] };
    expect(auditPage(view, '', other, context).map((m) => m.check)).not.toContain('shortage');
    view.sections.push({ heading: 'Disponibilité : Rupture de stock', text: '', items: [] });
    expect(auditPage(view, '', other, context).map((m) => m.check)).toContain('shortage');
  });

  it('says where each mismatch comes from', () => {
    const view = goodPage();
    view.tables[0].rows = [];
    expect(auditPage(view, '', rows, context)).toEqual([
      {
        cis: CIS,
        check: 'shortage',
        page: '(aucune ligne de tableau avec ces valeurs)',
        expected: "3400900000001 ; tension d'approvisionnement ; 01/03/2025 ; 02/03/2025",
        source: 'CIS_CIP_Dispo_Spec.txt:1',
      },
    ]);
  });
});

describe('page audit helpers', () => {
  it('matches whole phrases only', () => {
    expect(containsPhrase('liste I, liste II', 'liste I')).toBe(true);
    expect(containsPhrase('liste II', 'liste I')).toBe(false);
    expect(containsPhrase('Statut de l’AMM', "Statut de l'AMM")).toBe(true);
  });

  it('compares notes without their markup or spacing', () => {
    expect(loose('a :<br><br>- b &amp; c')).toBe(loose('a : - b & c'));
  });

  it('reads a file price with thousands separated by commas', () => {
    expect(shownForms('15,958,40')).toEqual(['15,958,40', '15958,40']);
    expect(shownForms('24,34')).toEqual(['24,34']);
    expect(shownForms('65%')).toEqual(['65%']);
  });

  it('shuffles the same way on every run, and differently for another seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(seededShuffle(items, 1)).toEqual(seededShuffle(items, 1));
    expect(seededShuffle(items, 1)).not.toEqual(seededShuffle(items, 2));
    expect([...seededShuffle(items, 1)].sort((a, b) => a - b)).toEqual(items);
  });

  it('draws strata first, then pages for each pattern not yet drawn', () => {
    expect(drawSample(snapshot, 3)).toEqual([
      { cis: CIS, reason: 'rupture/tension (CIS_CIP_Dispo_Spec)' },
      { cis: '60000002', reason: 'autres' },
    ]);
    expect(drawSample(snapshot, 3, 0)).toEqual([
      { cis: CIS, reason: 'motif : statut AMM non actif' },
      { cis: '60000002', reason: 'motif : groupe générique avec un membre absent de CIS_bdpm' },
    ]);
    expect(patterns['aucune ligne CIS_CIP'](snapshot.rowsOf('60000002'))).toBe(true);
    expect(patterns['réservé à l’usage hospitalier sans autre condition de prescripteur'](rows)).toBe(true);
  });
});
