/** Reads a language's texts from all areas, for tests that run in Node (the app imports them through Vite). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeTexts, TEXT_AREAS, type TextTree } from './texts.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

export function readTexts(language: string): TextTree {
  return mergeTexts(
    TEXT_AREAS.map(
      (area) => JSON.parse(readFileSync(join(here, 'locales', area, `${language}.json`), 'utf8')) as TextTree,
    ),
  );
}
