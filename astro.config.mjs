// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://regimes-medicaments.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Everything is self-hosted: no prefetch or dev toolbar calls.
  devToolbar: { enabled: false },
});
