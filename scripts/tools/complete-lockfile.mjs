// The npm registry reachable from our machines lacks some other platforms' optional
// binaries (e.g. @pagefind/darwin-arm64@1.6.0). `npm install` then leaves them out of
// package-lock.json, and `npm ci` on a fresh clone rejects the lockfile ("Missing: …").
// This adds each missing optional dependency back as an optional entry with its wanted
// version: `npm ci` accepts the lockfile, skips what it cannot fetch, and a machine that
// can reach those packages still installs them by name and version.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    packages[`node_modules/${name}`] = { version: spec, optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: ${added} missing optional dependencies recorded`);
