import { describe, expect, it } from 'vitest';
import { changesKindPath, followRequestOf, followRequestPath, listFeedPath, medicineFeedPath, shortageFeedPath } from '../../src/lib/addresses.ts';

describe('history addresses', () => {
  it('spells the feeds with the slugs of the list pages', () => {
    expect(listFeedPath('accesDerogatoire')).toBe('/flux/listes/acces-derogatoire.xml');
    expect(shortageFeedPath('remise')).toBe('/flux/ruptures/remise.xml');
    expect(medicineFeedPath('60000022')).toBe('/flux/medicaments/60000022.xml');
  });

  it('numbers the pages of one kind of change as Astro paginates them', () => {
    expect(changesKindPath('2026-01-28', 'prix')).toBe('/nouveautes/2026-01-28/prix/');
    expect(changesKindPath('2026-01-28', 'prix', 2)).toBe('/nouveautes/2026-01-28/prix/2/');
  });

  it('carries a follow request in the fragment only, and reads it back whatever the name holds', () => {
    const path = followRequestPath('60000022', 'A & B = "C" #1');
    expect(path.split('#')[0]).toBe('/suivis/');
    expect(followRequestOf(new URL(path, 'https://exemple.test').hash)).toEqual({ id: '60000022', name: 'A & B = "C" #1' });
    expect(followRequestOf('')).toBeNull();
    expect(followRequestOf('#suivre=60000022')).toEqual({ id: '60000022', name: '60000022' });
  });
});
