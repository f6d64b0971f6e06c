/**
 * The followed-medicines page: reads the list kept in this browser (localStorage), adds the
 * medicine a "Suivre" form sent (?suivre=…&nom=…), fetches the published history and shows,
 * for each medicine, what changed since the reader's last visit. Nothing is sent anywhere.
 */
import type { Change, ChangeSet } from '../lib/content/history.ts';
import {
  FOLLOWED_STORAGE_KEY,
  type FollowedMedicine,
  follow,
  newestVersion,
  readFollowed,
  recordVisit,
  unfollow,
  writeFollowed,
} from '../lib/follow/followed.ts';
import { type FollowedView, followedViews } from '../lib/follow/followed-view.ts';
import { followRequestOf, historyDataPath } from '../lib/addresses.ts';
import { changeSentence } from '../lib/news/change-wording.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function viewElement(view: FollowedView, onUnfollow: () => void): HTMLElement {
  const item = element('li');
  const heading = element('h3');
  heading.append(element('a', view.name, { href: view.href }));
  item.append(heading, element('p', view.summary));
  if (view.changes.length > 0) {
    const list = element('ul');
    list.append(...view.changes.map((text) => element('li', text)));
    item.append(list);
  }
  const actions = element('p', undefined, { class: 'follow-actions' });
  if (view.feed) actions.append(element('a', 'Flux Atom de ce médicament', { href: view.feed, type: 'application/atom+xml' }), ' ');
  const button = element('button', 'Ne plus suivre', { type: 'button', 'aria-label': `Ne plus suivre ${view.name}` });
  button.addEventListener('click', onUnfollow);
  actions.append(button);
  item.append(actions);
  return item;
}

async function loadHistory(): Promise<ChangeSet[] | null> {
  try {
    const response = await fetch(historyDataPath);
    return response.ok ? ((await response.json()) as ChangeSet[]) : null;
  } catch {
    return null;
  }
}

export async function startFollowedPage(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLUListElement>('ul.followed')!;
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    status.textContent = 'Ce navigateur refuse le stockage local au site : la liste des médicaments suivis ne peut pas y être gardée.';
    return;
  }
  const history = await loadHistory();
  // The version this build published: a follow starts there even if the history cannot be read.
  const built = root.dataset.version || null;
  let followed = readFollowed(storage.getItem(FOLLOWED_STORAGE_KEY));
  const request = followRequestOf(window.location.hash);
  let announcement = '';
  if (request) {
    followed = follow(followed, request, built);
    announcement = `Vous suivez désormais ${request.name}, dans ce navigateur. `;
    // A reload or a bookmark must not follow it again after an unfollow.
    window.history.replaceState(null, '', window.location.pathname);
  }
  // Without the history the versions seen cannot move on: the next visit must still show the news.
  if (history !== null) followed = recordVisit(followed, newestVersion(history));
  const save = (next: FollowedMedicine[]) => {
    followed = next;
    storage.setItem(FOLLOWED_STORAGE_KEY, writeFollowed(followed));
  };
  save(followed);
  const render = () => {
    const views = followedViews<Change>(followed, history, changeSentence);
    list.replaceChildren(
      ...views.map((view) =>
        viewElement(view, () => {
          save(unfollow(followed, view.id));
          status.textContent = `Vous ne suivez plus ${view.name}.`;
          render();
        }),
      ),
    );
  };
  render();
  const count = followed.length === 0 ? 'Vous ne suivez aucun médicament dans ce navigateur.' : `${followed.length} médicament(s) suivi(s) dans ce navigateur.`;
  const failure = history === null ? " L'historique publié n'a pas pu être chargé : les changements ne sont pas affichés." : '';
  status.textContent = `${announcement}${count}${failure}`;
}
