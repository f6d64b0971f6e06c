/**
 * Classification stage: each prescription-condition text is classified as the join attaches
 * it (classifyCondition, so that a conflict names its row); this stage reports how the texts
 * were classified, per category, and under --strict a text no rule knows stops the build.
 */
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { conditionCoverage } from '../classify/prescription-conditions.ts';
import type { ContentReport } from '../content-report.ts';
import { SourceError } from '../problems.ts';

export function classificationReport(entries: Medicine[], strict: boolean): ContentReport['conditions'] {
  const coverage = conditionCoverage(entries.map((entry) => entry.prescriptionConditions));
  if (strict && coverage.unclassified.length > 0) {
    const texts = coverage.unclassified.map((text) => `« ${text} »`).join(', ');
    throw new SourceError({ file: 'CIS_CPD_bdpm.txt', column: '2 (condition)' }, `condition(s) non classée(s) : ${texts} (mode strict)`);
  }
  return coverage;
}
