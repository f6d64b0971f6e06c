import { describe, expect, it } from 'vitest';
import {
  type ConditionRule,
  ConditionRuleConflict,
  classifyCondition,
  classifyWithRules,
  conditionCoverage,
  conditionRules,
} from '../../scripts/lib/classify/prescription-conditions.ts';
import { parseBdpmFile } from '../../scripts/sources/bdpm-files.ts';

describe('classifyCondition', () => {
  it.each([
    ["réservé à l'usage HOSPITALIER", 'rh', null],
    ['prescription hospitalière', 'ph', null],
    ['prescription initiale hospitalière annuelle', 'pih', 'annuelle'],
    ['prescription initiale hospitalière', 'pih', null],
    ['prescription réservée aux spécialistes et services ONCOLOGIE MEDICALE', 'prs', 'ONCOLOGIE MEDICALE'],
    ['renouvellement de la prescription réservé aux spécialistes en NEUROLOGIE', 'prs', 'NEUROLOGIE'],
    ['prescription réservée aux médecins compétents en CANCEROLOGIE', 'prs', 'CANCEROLOGIE'],
    ['médicament nécessitant une surveillance particulière pendant le traitement', 'sp', null],
    ["réservé à l'usage en situation d'urgence selon l'article R5121-96 du code de la santé publique", 'urgence', null],
    ['liste I', 'liste-i', null],
    ['liste II', 'liste-ii', null],
    ['stupéfiants', 'stupefiants', null],
    ['prescription en toutes lettres sur ordonnance sécurisée', 'ordonnance-securisee', null],
    ['prescription limitée à 12 semaines', 'duree', '12 semaines'],
    ['délivrance fractionnée de 14 jours', 'fractionnement', '14 jours'],
    ['renouvellement non restreint', 'renouvellement', null],
    ['délivrance réservée aux pharmacies à usage intérieur', 'lieu', 'pharmacies à usage intérieur'],
    ['les trois premières administrations doivent être effectuées en milieu hospitalier', 'administration-hopital', null],
    ["prescription nécessitant la remise d'un carnet patient", 'autre', null],
    ['pour tous les patients :', 'en-tete', null],
    ['prescription par un médecin exerçant dans un établissement de transfusion sanguine', 'lieu-prescripteur', null],
    ['médicament soumis à prescription médicale restreinte', 'restreinte', null],
    // What follows "pour … :" decides.
    ['pour les femmes susceptibles de procréer : surveillance particulière pendant le traitement', 'sp', null],
    ["pour les adultes : réservé à l'usage HOSPITALIER", 'rh', null],
    ['pour les enfants : prescription réservée aux spécialistes et services PEDIATRIE', 'prs', 'PEDIATRIE'],
    ['réservé à l’usage HOSPITALIER', 'rh', null],
  ])('« %s » → %s', (text, category, detail) => {
    expect(classifyCondition(text)).toEqual({ text, category, detail });
  });

  it('reads the Windows-1252 apostrophe the BDPM stores as a control character', () => {
    expect(classifyCondition('prescription nécessitant préalablement le recueil de l\u0092accord de soins du patient').category).toBe('autre');
  });

  it('keeps a text no rule knows, as written, instead of guessing', () => {
    // Near misses of known texts must not be taken for them.
    for (const text of [
      "médicament d'exception",
      'liste III',
      'stupéfiant',
      'réservé à l’usage hospitalier et ambulatoire',
      'médicament soumis à prescription médicale hospitalière',
      'pour les enfants : texte inconnu',
    ]) {
      expect(classifyCondition(text)).toEqual({ text, category: 'non-classe', detail: null });
    }
  });
});

describe('rules of two categories matching one text', () => {
  it('stop the build, naming the text and both rules, whatever their order', () => {
    const loose: ConditionRule = { name: 'toute-prescription-hospitaliere', category: 'ph', pattern: /^prescription reservee aux medecins hospitaliers\b/ };
    const text = "prescription réservée aux médecins hospitaliers à l'occasion d'une hospitalisation, d'une consultation ou en milieu pénitentiaire";
    for (const rules of [
      [loose, ...conditionRules],
      [...conditionRules, loose],
    ]) {
      expect(() => classifyWithRules(text, rules)).toThrow(ConditionRuleConflict);
      expect(() => classifyWithRules(text, rules)).toThrow(
        `condition « ${text} » reconnue par des règles de catégories différentes : ${rules[0] === loose ? 'toute-prescription-hospitaliere (ph), medecins-hospitaliers-consultation (libelle-amm)' : 'medecins-hospitaliers-consultation (libelle-amm), toute-prescription-hospitaliere (ph)'}`,
      );
    }
    // The site's own table is disjoint on this text.
    expect(classifyCondition(text).category).toBe('libelle-amm');
  });
});

describe('conditionCoverage', () => {
  it('counts distinct texts and medicines per category and names the unclassified texts', () => {
    const coverage = conditionCoverage([
      [classifyCondition('liste I'), classifyCondition('prescription hospitalière')],
      [classifyCondition('liste I'), classifyCondition('texte inconnu'), classifyCondition('pour tous les patients :')],
      [],
    ]);
    expect(coverage).toEqual({
      categories: [
        { category: 'ph', texts: 1, medicines: 1 },
        { category: 'liste-i', texts: 1, medicines: 2 },
        { category: 'non-classe', texts: 1, medicines: 1 },
      ],
      headers: ['pour tous les patients :'],
      unclassified: ['texte inconnu'],
    });
  });
});

describe('CIS_GENER_bdpm.txt', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads the five columns, ignoring the trailing tab of every line', () => {
    const parsed = parseBdpmFile('genericGroups', bytes('1\tA 10 mg - B 10 mg\t60000001\t0\t1\t\r\n1\tA 10 mg - B 10 mg\t60000002\t4\t2\t\r\n'));
    expect(parsed.records.map((r) => r.value)).toEqual([
      { groupId: '1', label: 'A 10 mg - B 10 mg', cis: '60000001', type: 'princeps', order: 1 },
      { groupId: '1', label: 'A 10 mg - B 10 mg', cis: '60000002', type: 'substituable', order: 2 },
    ]);
  });

  it('rejects an unknown generic type code with file, row and column', () => {
    const parsed = parseBdpmFile('genericGroups', bytes('1\tA\t60000001\t0\t1\t\r\n1\tA\t60000002\t3\t2\t\r\n'));
    expect(parsed.records).toHaveLength(1);
    expect(parsed.rejections).toEqual([
      { file: 'CIS_GENER_bdpm.txt', row: 2, column: '4 (type de générique)', reason: 'type de générique 0, 1, 2 ou 4 attendu, reçu « 3 »' },
    ]);
  });
});
