/** The states of a shortage report (CIS_CIP_Dispo_Spec.txt), from the most to the least serious. */
export const shortageStates = ['rupture', 'tension', 'arret', 'remise'] as const;
export type ShortageState = (typeof shortageStates)[number];
