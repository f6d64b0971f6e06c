/** The French words the site shows for coded values of the content: shortage states, access types, ATC groups. */
import type { AccessType } from './content/access-types.ts';
import type { ShortageState } from './content/shortage-states.ts';

export const shortageLabels: Record<ShortageState, string> = {
  rupture: 'Rupture de stock',
  tension: "Tension d'approvisionnement",
  arret: 'Arrêt de commercialisation',
  remise: 'Remise à disposition',
};

export const accessLabels: Record<AccessType, string> = {
  AAC: "Autorisation d'accès compassionnel",
  AAP: "Autorisation d'accès précoce",
  CPC: 'Cadre de prescription compassionnelle',
};

/** A medicine that left CIS_bdpm.txt, its page kept: a badge and a search filter of its own. */
export const WITHDRAWN_BADGE = 'retire';

/** The badge a medicine carries for each list, access type and shortage state it is on or in, or withdrawn; search results show them too. */
export const badgeLabels: Record<'retrocession' | 'mitm' | AccessType | ShortageState | typeof WITHDRAWN_BADGE, string> = {
  retrocession: 'Rétrocession',
  mitm: 'MITM',
  AAC: 'AAC',
  AAP: 'AAP',
  CPC: 'CPC',
  ...shortageLabels,
  [WITHDRAWN_BADGE]: 'Retiré de la BDPM',
};

/** First-level ATC groups, labelled as the WHO classification names them in French. */
export const atcGroups: Record<string, string> = {
  A: 'Voies digestives et métabolisme',
  B: 'Sang et organes hématopoïétiques',
  C: 'Système cardiovasculaire',
  D: 'Médicaments dermatologiques',
  G: 'Système génito-urinaire et hormones sexuelles',
  H: 'Hormones systémiques (hors hormones sexuelles et insulines)',
  J: 'Anti-infectieux généraux à usage systémique',
  L: 'Antinéoplasiques et immunomodulateurs',
  M: 'Muscle et squelette',
  N: 'Système nerveux',
  P: 'Antiparasitaires insecticides et répulsifs',
  R: 'Système respiratoire',
  S: 'Organes sensoriels',
  V: 'Divers',
};

export function atcGroupOf(atc: string | null): string | null {
  const letter = atc?.charAt(0).toUpperCase();
  return letter && atcGroups[letter] ? letter : null;
}
