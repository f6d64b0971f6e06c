import { describe, expect, it } from 'vitest';
import { classifyCondition } from '../../../scripts/lib/classify/prescription-conditions.ts';
import { classificationReport } from '../../../scripts/lib/content-step/classify.ts';
import { medicine } from '../../helpers/content-step.ts';

const conditions = (...texts: string[]) => ({ prescriptionConditions: texts.map((text) => classifyCondition(text)) });

describe('classificationReport (classification stage)', () => {
  const entries = [
    medicine('60000001', conditions('liste I', 'prescription hospitalière')),
    medicine('60000002', conditions('liste I', 'prescription réservée aux astronautes')),
  ];

  it('counts texts and medicines per category, and lists the texts no rule knows', () => {
    const report = classificationReport(entries, false);
    expect(report.categories).toEqual([
      { category: 'ph', texts: 1, medicines: 1 },
      { category: 'liste-i', texts: 1, medicines: 2 },
      { category: 'non-classe', texts: 1, medicines: 1 },
    ]);
    expect(report.unclassified).toEqual(['prescription réservée aux astronautes']);
  });

  it('stops in strict mode on a text no rule knows, naming it', () => {
    expect(() => classificationReport(entries, true)).toThrow(
      'CIS_CPD_bdpm.txt, colonne 2 (condition): condition(s) non classée(s) : « prescription réservée aux astronautes » (mode strict)',
    );
    expect(() => classificationReport(entries.slice(0, 1), true)).not.toThrow();
  });
});
