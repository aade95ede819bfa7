/**
 * Lets a child process run the TypeScript sources the way Jest does (SWC, decorator metadata, the
 * `#libs` / `#config` aliases onto sources), so that fault tests can start a real app process and
 * kill it without a build first:
 *
 *   node --import ./test/support/ts-hooks.mjs apps/routing/src/main.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';

const root = new URL('../../', import.meta.url);
const ALIASES = [
  [/^#libs\/(.+)$/, (name) => new URL(`libs/${name}/src/index.ts`, root).href],
  [/^#config\/(.+)$/, (name) => new URL(`config/${name}/index.ts`, root).href],
];

registerHooks({
  resolve(specifier, context, nextResolve) {
    for (const [pattern, target] of ALIASES) {
      const match = pattern.exec(specifier);
      if (match) return { url: target(match[1]), shortCircuit: true };
    }
    // Sources import each other as `./x.js`, which exists only once compiled.
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(ts))) return { url: ts.href, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
    const filename = fileURLToPath(url);
    const { code } = transformSync(readFileSync(filename, 'utf8'), {
      filename,
      jsc: {
        target: 'es2023',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      },
      module: { type: 'es6' },
    });
    return { format: 'module', source: code, shortCircuit: true };
  },
});
