/**
 * The lists a medicine page says a medicine is on or not (rétrocession, MITM, accès
 * dérogatoire; the shortage file gives a state instead), and which of them this build
 * loaded: "not on a list" may be said only of a loaded list; of the others, the page and
 * its description say they are not loaded. Pure.
 */
import type { Manifest } from './content/manifest.ts';
import type { ListId } from './lists/list-views.ts';
import { isListLoaded, lists } from './lists/registry.ts';

/** The lists a medicine is said to be on or not, in the order the sentences name them. */
export const membershipLists = ['retrocession', 'mitm', 'accesDerogatoire'] as const satisfies readonly ListId[];
type MembershipList = (typeof membershipLists)[number];

export function loadedMembershipLists(manifest: Manifest): { loaded: MembershipList[]; unloaded: MembershipList[] } {
  const loaded = membershipLists.filter((list) => isListLoaded(manifest, list));
  return { loaded, unloaded: membershipLists.filter((list) => !loaded.includes(list)) };
}

const nameOf = (list: MembershipList) => lists[list].name;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "la liste A", "ni sur la liste A, ni sur la liste B". */
function notOn(onNone: MembershipList[]): string {
  return onNone.length === 1 ? `ne figure pas sur ${nameOf(onNone[0])}` : `ne figure ni sur ${onNone.map(nameOf).join(', ni sur ')}`;
}

/** Each list this build does not load, as a sentence of its own. */
export function unloadedListSentences(manifest: Manifest): string[] {
  return loadedMembershipLists(manifest).unloaded.map((list) => `${capitalised(nameOf(list))} n'est pas chargée dans cette version du site.`);
}

/**
 * What the page says of a medicine on none of the lists and with no availability state:
 * only the loaded lists and files are named as "not on", the others as not loaded.
 */
export function notOnAnyListSentences(manifest: Manifest): string[] {
  const { loaded, unloaded } = loadedMembershipLists(manifest);
  const shortages = isListLoaded(manifest, 'shortages');
  const noState = "n'a pas d'état de disponibilité signalé";
  const sentences: string[] = [];
  if (unloaded.length === 0) {
    sentences.push(
      `Ce médicament ne figure sur aucune des listes suivies par ce site (rétrocession, MITM, accès dérogatoire)${shortages ? ` et ${noState}` : ''}.`,
    );
  } else if (loaded.length > 0) {
    sentences.push(`Ce médicament ${notOn(loaded)}${shortages ? ` et ${noState}` : ''}.`);
  } else if (shortages) {
    sentences.push(`Ce médicament ${noState}.`);
  }
  sentences.push(...unloadedListSentences(manifest));
  if (!shortages) sentences.push(`${capitalised(lists.shortages.name)} n'est pas chargé dans cette version du site.`);
  return sentences;
}

/** The same for the meta description, in one clause: "absent de la liste des MITM ; la liste de rétrocession n'est pas chargée…". */
export function notOnAnyListSummary(manifest: Manifest): string {
  const { loaded, unloaded } = loadedMembershipLists(manifest);
  if (unloaded.length === 0) return 'sur aucune des listes suivies (rétrocession, MITM, accès dérogatoire)';
  const parts = loaded.length > 0 ? [`absent de ${loaded.map(nameOf).join(' et de ')}`] : [];
  parts.push(...unloaded.map((list) => `${nameOf(list)} n'est pas chargée dans cette version du site`));
  return parts.join(' ; ');
}
