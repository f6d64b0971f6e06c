/**
 * Everything a medicine page shows, gathered from one entry, the manifest and the generic
 * groups, so that the page file only renders. Pure.
 */
import type { Medicine } from './content/medicine.ts';
import type { Manifest } from './content/manifest.ts';
import { compositionOf } from './composition-view.ts';
import { dispensingLinesOf } from './dispensing-view.ts';
import { medicineFeedLinks } from './feeds/feed-catalogue.ts';
import { type GenericGroupIndex, genericGroupsOf } from './generic-groups.ts';
import { atcGroupOf, atcGroups } from './labels.ts';
import { badgesOf, bdpmPageOf, billingLinkOf, isOnAnyList, sourcesOf } from './medicine-view.ts';
import { lastDatedEventOf } from './seo/medicine-date.ts';
import { medicineDescriptionOf } from './seo/medicine-meta.ts';
import { medicineStructuredData } from './seo/structured-data.ts';
import { identityRowsOf, nameNoteOf } from './identity-view.ts';
import { presentationTablesOf } from './presentations-view.ts';
import { isLoaded, pricesLoaded } from './sources-view.ts';
import { notOnAnyListSentences } from './tracked-lists.ts';
import { retiredNote, withdrawalOf } from './withdrawal-view.ts';

export function medicinePageData(medicine: Medicine, manifest: Manifest, groups: GenericGroupIndex, pageUrl: string) {
  const badges = badgesOf(medicine);
  const atc = medicine.mitm?.atc ?? null;
  const atcGroup = atcGroupOf(atc);
  return {
    description: medicineDescriptionOf(medicine, manifest),
    nameNote: nameNoteOf(medicine),
    structuredData: medicineStructuredData(medicine, pageUrl),
    badges,
    onAnyList: isOnAnyList(medicine),
    /** Said of a medicine on no list: only loaded lists are named, the others as not loaded. */
    notOnAnyList: isOnAnyList(medicine) ? [] : notOnAnyListSentences(manifest),
    identity: identityRowsOf(medicine),
    presentations: presentationTablesOf(medicine, pricesLoaded(manifest)),
    composition: compositionOf(medicine),
    dispensing: dispensingLinesOf(medicine, manifest),
    atc: atc ? `${atc}${atcGroup ? ` (${atcGroups[atcGroup]})` : ''}` : null,
    billing: billingLinkOf(medicine, pricesLoaded(manifest)),
    genericGroups: genericGroupsOf(medicine, groups, isLoaded(manifest, 'shortages')),
    sources: sourcesOf(medicine, manifest),
    bdpmPage: bdpmPageOf(medicine),
    lastEventDate: lastDatedEventOf(medicine),
    feeds: medicineFeedLinks(medicine),
    withdrawal: withdrawalOf(medicine),
    /** Shown when there is no withdrawal block: a medicine known only by the history. */
    retiredNote: retiredNote(medicine),
  };
}
