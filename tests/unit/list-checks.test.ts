import { describe, expect, it } from 'vitest';
import { JOIN_SHARE_FLOOR, listOfFile } from '../../scripts/lib/checks/list-checks.ts';

describe('list checks', () => {
  it('give a join-share floor to every file the list registry puts medicines on a checked list with, and to no other', () => {
    expect(Object.keys(listOfFile).sort()).toEqual(Object.keys(JOIN_SHARE_FLOOR).sort());
    expect(listOfFile).toEqual({ mitm: 'mitm', mitmList: 'mitm', shortages: 'shortages', retrocession: 'retrocession', accesDerogatoire: 'accesDerogatoire' });
  });
});
