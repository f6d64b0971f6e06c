import { describe, expect, it } from 'vitest';
import { medicinePagePath } from '../../src/lib/paths.ts';

describe('page addresses', () => {
  // The whole build checks that every indexed medicine has this page (scripts/lib/search/search-index.ts).
  it('puts a medicine page under /medicaments/<id>/, with the final slash of every address', () => {
    expect(medicinePagePath('60000001')).toBe('/medicaments/60000001/');
    expect(medicinePagePath('ucd-9000001')).toBe('/medicaments/ucd-9000001/');
  });
});
