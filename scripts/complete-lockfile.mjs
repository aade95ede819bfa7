// Adds the platform binaries that `npm install` left out of package-lock.json.
//
// Why: the npm registry mirror these machines use answers 404 for many darwin/win32 binary packages
// (@swc/core-darwin-arm64, msgpackr-extract-win32-x64, ...). npm 11 then writes a lock file without
// them, and `npm ci` refuses that lock file as "Missing: ... from lock file". An entry holding just the
// version and `optional: true` satisfies `npm ci`; on a machine of another platform npm skips it as it
// skips any optional package it cannot install. Run after every dependency change: `npm run lock`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

/** Where Node would find `name` from the package at `from` (the lock's own nesting rules). */
function resolved(from, name) {
  for (let dir = from; ; dir = dir.slice(0, dir.lastIndexOf('node_modules/')).replace(/\/$/, '')) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
  }
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolved(path, name)) continue;
    const hoisted = `node_modules/${name}`;
    const at = packages[hoisted] ? `${path}/node_modules/${name}` : hoisted;
    packages[at] = { version, optional: true, ...(entry.dev ? { dev: true } : {}) };
    added += 1;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: ${added} optional platform entries added`);
