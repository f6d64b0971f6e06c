/**
 * The public address of the site, for every absolute link (canonical, Open Graph,
 * sitemap, robots.txt, Atom feed). Without SITE_URL the build still works for a local
 * preview, but its absolute links use a reserved `.invalid` host (RFC 2606) so that
 * nobody can mistake them for publishable ones.
 */
export const unpublishableOrigin = 'https://adresse-du-site-non-definie.invalid';

export interface SiteUrl {
  origin: string;
  /** False when SITE_URL was not set: absolute links are placeholders. */
  publishable: boolean;
}

export function siteUrlFrom(value: string | undefined): SiteUrl {
  if (!value) return { origin: unpublishableOrigin, publishable: false };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL n'est pas une adresse valide : « ${value} » (attendu par exemple https://exemple.fr)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL doit commencer par https:// : « ${value} »`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE_URL doit être une origine sans chemin (le site est servi à la racine) : « ${value} »`);
  return { origin: url.origin, publishable: true };
}

export const siteUrlWarning =
  'SITE_URL non défini : les adresses absolues (sitemap, liens canoniques, flux Atom) pointent vers ' +
  `${unpublishableOrigin} et ne sont pas publiables. Définir SITE_URL=https://… avant une construction à publier.`;
