/**
 * Classification stage: each prescription-condition text is classified as the join attaches
 * it (classifyCondition, so that a conflict names its row); this stage reports how the texts
 * were classified, per category, and under --strict a text no rule knows stops the build.
 */
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { conditionCoverage } from '../classify/prescription-conditions.ts';
import type { ContentReport } from '../content-report.ts';
import { SourceError } from '../problems.ts';

/** `file`: where the texts were read, CIS_CPD_bdpm.txt or the datapackage's specialite_delivrance resource. */
export function classificationReport(entries: Medicine[], strict: boolean, file = 'CIS_CPD_bdpm.txt'): ContentReport['conditions'] {
  const coverage = conditionCoverage(entries.map((entry) => entry.prescriptionConditions));
  if (strict && coverage.unclassified.length > 0) {
    const texts = coverage.unclassified.map((text) => `« ${text} »`).join(', ');
    throw new SourceError(
      { file, column: file === 'CIS_CPD_bdpm.txt' ? '2 (condition)' : '« code_delivrance »' },
      `condition(s) non classée(s) : ${texts} (mode strict)`,
    );
  }
  return coverage;
}
