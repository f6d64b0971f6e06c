/** Every feed of the change history but the per-medicine ones, with its title, for pages to link. Pure. */
import { type TrackedList, listLabels } from '../content/history.ts';
import { type ShortageState, shortageStates } from '../content/medicine.ts';
import { type FeedList, listFeedPath, medicineFeedPath, newsFeedPath, shortageFeedPath } from '../history-addresses.ts';
import { shortageLabels } from '../medicine-view.ts';

export interface FeedLink {
  title: string;
  href: string;
}

export const feedLists: FeedList[] = ['retrocession', 'mitm', 'accesDerogatoire'];

export const listFeedTitle = (list: FeedList): string => `${listLabels[list as TrackedList]} : changements`;
export const shortageFeedTitle = (state: ShortageState): string => `Ruptures et tensions : ${shortageLabels[state].toLowerCase()}, signalements ouverts, clos ou modifiés`;

export const newsFeedLink: FeedLink = { title: 'Toutes les nouveautés', href: newsFeedPath };
export const listFeedLink = (list: FeedList): FeedLink => ({ title: listFeedTitle(list), href: listFeedPath(list) });
export const shortageFeedLink = (state: ShortageState): FeedLink => ({ title: shortageFeedTitle(state), href: shortageFeedPath(state) });

export const allFeedLinks = (): FeedLink[] => [newsFeedLink, ...feedLists.map(listFeedLink), ...shortageStates.map(shortageFeedLink)];

/** A medicine's own feed, when it has at least one recorded change (others have none). */
export const medicineFeedLinks = (medicine: { id: string; name: string; history: unknown[] }): FeedLink[] =>
  medicine.history.length > 0 ? [{ title: `${medicine.name} : changements`, href: medicineFeedPath(medicine.id) }] : [];
