// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://regimes-medicaments.example.org',
  trailingSlash: 'always',
  // Pages are small and many: rendering several at once overlaps their file writes.
  // No inline styles or scripts: the Content-Security-Policy allows only files from the site.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Everything is self-hosted: no prefetch or dev toolbar calls.
  devToolbar: { enabled: false },
});
