/**
 * The lists this site follows (rétrocession, MITM, accès dérogatoire) and which of them this
 * build loaded: "not on a list" may be said only of a loaded list; of the others, the page
 * and its description say they are not loaded. Pure.
 */
import type { Manifest, SourceId } from './content/manifest.ts';
import { listSources } from './lists.ts';
import { isLoaded } from './sources-view.ts';

export interface TrackedList {
  key: 'retrocession' | 'mitm' | 'accesDerogatoire';
  /** As a sentence names it: "la liste de rétrocession". */
  name: string;
  /** The content step's source ids, any of which loads the list. */
  sources: readonly SourceId[];
}

export const trackedLists: readonly TrackedList[] = [
  { key: 'retrocession', name: 'la liste de rétrocession', sources: listSources.retrocession },
  { key: 'mitm', name: 'la liste des MITM', sources: listSources.mitm },
  { key: 'accesDerogatoire', name: 'la liste des accès dérogatoires (AAC, AAP, CPC)', sources: listSources['acces-derogatoire'] },
];

export function loadedTrackedLists(manifest: Manifest): { loaded: TrackedList[]; unloaded: TrackedList[] } {
  const loaded = trackedLists.filter((list) => list.sources.some((id) => isLoaded(manifest, id)));
  return { loaded, unloaded: trackedLists.filter((list) => !loaded.includes(list)) };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "la liste A", "ni sur la liste A, ni sur la liste B". */
function notOn(lists: TrackedList[]): string {
  return lists.length === 1 ? `ne figure pas sur ${lists[0].name}` : `ne figure ni sur ${lists.map((list) => list.name).join(', ni sur ')}`;
}

/** Each list this build does not load, as a sentence of its own. */
export function unloadedListSentences(manifest: Manifest): string[] {
  return loadedTrackedLists(manifest).unloaded.map((list) => `${capitalised(list.name)} n'est pas chargée dans cette version du site.`);
}

/**
 * What the page says of a medicine on none of the lists and with no availability state:
 * only the loaded lists and files are named as "not on", the others as not loaded.
 */
export function notOnAnyListSentences(manifest: Manifest): string[] {
  const { loaded, unloaded } = loadedTrackedLists(manifest);
  const shortages = isLoaded(manifest, 'shortages');
  const noState = "n'a pas d'état de disponibilité signalé";
  const sentences: string[] = [];
  if (unloaded.length === 0) {
    sentences.push(`Ce médicament ne figure sur aucune des listes suivies par ce site (rétrocession, MITM, accès dérogatoire)${shortages ? ` et ${noState}` : ''}.`);
  } else if (loaded.length > 0) {
    sentences.push(`Ce médicament ${notOn(loaded)}${shortages ? ` et ${noState}` : ''}.`);
  } else if (shortages) {
    sentences.push(`Ce médicament ${noState}.`);
  }
  sentences.push(...unloadedListSentences(manifest));
  if (!shortages) sentences.push("Le fichier des ruptures et tensions d'approvisionnement (CIS_CIP_Dispo_Spec.txt) n'est pas chargé dans cette version du site.");
  return sentences;
}

/** The same for the meta description, in one clause: "absent de la liste des MITM ; la liste de rétrocession n'est pas chargée…". */
export function notOnAnyListSummary(manifest: Manifest): string {
  const { loaded, unloaded } = loadedTrackedLists(manifest);
  if (unloaded.length === 0) return 'sur aucune des listes suivies (rétrocession, MITM, accès dérogatoire)';
  const parts = loaded.length > 0 ? [`absent de ${loaded.map((list) => list.name).join(' et de ')}`] : [];
  parts.push(...unloaded.map((list) => `${list.name} n'est pas chargée dans cette version du site`));
  return parts.join(' ; ');
}
