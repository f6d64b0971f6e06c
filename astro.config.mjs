// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://regimes-medicaments.example.org',
  trailingSlash: 'always',
  // Pages are small and many: rendering several at once overlaps their file writes.
  build: { format: 'directory', concurrency: 8 },
  // Everything is self-hosted: no prefetch or dev toolbar calls.
  devToolbar: { enabled: false },
});
