/** Every feed of the change history but the per-medicine ones, with its title, for pages to link. Pure. */
import { topicLabels } from '../content/history.ts';
import { type ShortageState, shortageStates } from '../content/shortage-states.ts';
import { type FeedList, listFeedPath, medicineFeedPath, shortageFeedPath, sitePaths } from '../addresses.ts';
import { shortageLabels } from '../labels.ts';
import type { ListView } from '../lists/list-views.ts';

export interface FeedLink {
  title: string;
  href: string;
}

export const feedLists: FeedList[] = ['retrocession', 'mitm', 'accesDerogatoire', 'shortages'];

export const listFeedTitle = (list: FeedList): string => `${topicLabels[list]} : changements`;
export const shortageFeedTitle = (state: ShortageState): string => `Ruptures et tensions : état « ${shortageLabels[state]} »`;

export const newsFeedLink: FeedLink = { title: 'Toutes les nouveautés', href: sitePaths.changesFeed };
export const listFeedLink = (list: FeedList): FeedLink => ({ title: listFeedTitle(list), href: listFeedPath(list) });
export const shortageFeedLink = (state: ShortageState): FeedLink => ({ title: shortageFeedTitle(state), href: shortageFeedPath(state) });

export const allFeedLinks = (): FeedLink[] => [newsFeedLink, ...feedLists.map(listFeedLink), ...shortageStates.map(shortageFeedLink)];

/** A medicine's own feed, when it has at least one recorded change (others have none). */
export const medicineFeedLinks = (medicine: { id: string; name: string; history: unknown[] }): FeedLink[] =>
  medicine.history.length > 0 ? [{ title: `${medicine.name} : changements`, href: medicineFeedPath(medicine.id) }] : [];

/** The feeds a list page announces: its list's, and on a shortage state's page the feed of that state first. */
export function listPageFeeds(view: ListView): FeedLink[] {
  if (view.list === 'prescriptionConditions') return [];
  if (view.list === 'shortages') {
    return view.part === undefined
      ? [listFeedLink('shortages'), ...shortageStates.map(shortageFeedLink)]
      : [shortageFeedLink(view.part), listFeedLink('shortages')];
  }
  return [listFeedLink(view.list)];
}
