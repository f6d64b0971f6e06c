/** Addresses of the scan page and of its lookup shards (the routes are src/pages/scanner.astro and src/pages/donnees/cip/[shard].json.ts). */

export const SCAN_PAGE_PATH = '/scanner/';

export const cipShardPath = (shard: string): string => `/donnees/cip/${shard}.json`;
