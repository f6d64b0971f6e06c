import { describe, expect, it } from 'vitest';
import { loadedMembershipLists, notOnAnyListSentences } from '../../src/lib/tracked-lists.ts';
import { allSourceIds, bdpmOnlyIds, manifestWith } from '../helpers/manifest.ts';

describe('tracked lists', () => {
  it('counts the MITM list as loaded from either CIS_MITM.txt or the ANSM spreadsheet', () => {
    expect(loadedMembershipLists(manifestWith(['mitmList'])).loaded).toEqual(['mitm']);
    expect(loadedMembershipLists(manifestWith(bdpmOnlyIds)).unloaded).toEqual(['retrocession', 'accesDerogatoire']);
  });

  it('says "on none of the lists" only when every list is loaded', () => {
    expect(notOnAnyListSentences(manifestWith(allSourceIds))).toEqual([
      "Ce médicament ne figure sur aucune des listes suivies par ce site (rétrocession, MITM, accès dérogatoire) et n'a pas d'état de disponibilité signalé.",
    ]);
  });

  it('names a real BDPM-only build: the MITM list checked, the two ANSM lists not loaded', () => {
    expect(notOnAnyListSentences(manifestWith(bdpmOnlyIds))).toEqual([
      "Ce médicament ne figure pas sur la liste des MITM et n'a pas d'état de disponibilité signalé.",
      "La liste de rétrocession n'est pas chargée dans cette version du site.",
      "La liste des accès dérogatoires (AAC, AAP, CPC) n'est pas chargée dans cette version du site.",
    ]);
  });

  it('does not say "no availability state" without the shortage file', () => {
    const sentences = notOnAnyListSentences(manifestWith(['medicines', 'retrocession', 'mitm']));
    expect(sentences[0]).toBe('Ce médicament ne figure ni sur la liste de rétrocession, ni sur la liste des MITM.');
    expect(sentences.at(-1)).toMatch(/CIS_CIP_Dispo_Spec\.txt\) n'est pas chargé dans cette version du site\.$/);
  });
});
