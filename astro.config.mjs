// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/lib/content/content-dir.ts';
import { LAST_CHANGES_FILE, medicinePageDates } from './src/lib/seo/sitemap-dates.ts';
import { siteUrlFrom, siteUrlWarning } from './src/lib/seo/site-url.ts';

const siteUrl = siteUrlFrom(process.env.SITE_URL);
if (!siteUrl.publishable && process.argv.includes('build')) console.warn(`\n${siteUrlWarning}\n`);

/** @type {Map<string, string> | undefined} */
let pageDates;

export default defineConfig({
  site: siteUrl.origin,
  trailingSlash: 'always',
  // Pages are small and many: rendering several at once overlaps their file writes.
  // No inline styles or scripts: the Content-Security-Policy allows only files from the site.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Everything is self-hosted: no prefetch or dev toolbar calls.
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      // Pages only (their addresses end in "/"): not the feed, the data files or robots.txt.
      filter: (url) => url.endsWith('/'),
      namespaces: { news: false, xhtml: false, image: false, video: false },
      serialize: (item) => {
        pageDates ??= medicinePageDates(`${contentDir}/${LAST_CHANGES_FILE}`);
        const date = pageDates.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
  ],
});
