/**
 * The composition of a medicine page per pharmaceutical element (CIS_COMPO_bdpm.txt column
 * 2): a kit of tablets and granules lists each element's substances under it, so that two
 * lines differing only by element are not shown as the same line. Pure.
 */
import { componentText } from './composition.ts';
import type { Medicine } from './content/medicine.ts';

export interface CompositionGroup {
  element: string;
  lines: string[];
}

export function compositionOf(medicine: Medicine): { showElements: boolean; groups: CompositionGroup[] } {
  const groups = new Map<string, CompositionGroup>();
  for (const s of medicine.substances) {
    const element = s.element ?? 'élément non précisé dans CIS_COMPO_bdpm.txt';
    const group = groups.get(element) ?? { element, lines: [] };
    group.lines.push(componentText(s));
    groups.set(element, group);
  }
  return { showElements: groups.size > 1, groups: [...groups.values()] };
}
