import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const SOURCES = new URL('./src', import.meta.url).pathname;

const sourcesIn = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourcesIn(join(folder, entry.name)) : /\.(vue|ts)$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );

// Citizens write the tickets' text and letters; a unit handler's or a leader's screen must never run it.
const HTML_SINKS = [/v-html/, /\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /document\.write/, /new Function\(/];

describe('the console renders user-supplied text as text', () => {
  const files = sourcesIn(SOURCES);

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(HTML_SINKS.map((sink) => [String(sink), sink] as const))('uses no %s', (_name, sink) => {
    expect(files.filter((file) => sink.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
