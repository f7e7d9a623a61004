/** Handlebars templates from `templates/`, compiled strict and without HTML escaping. */
import Handlebars from 'handlebars';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedTemplate } from './templateCache.js';

/** In its own module, so that the typings worker need not load Handlebars for it. */
export { generatedLine } from './generatedHeader.js';

/** The repository's templates folder. */
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

/**
 * A Handlebars environment with every template of `dir` registered as a partial by its base name.
 * With `cacheDir`, compiled templates are kept there between runs (see templateCache.ts).
 */
export function templates(dir: string, cacheDir?: string): (name: string) => Handlebars.TemplateDelegate {
  const hb = Handlebars.create();
  // `{{{json value}}}`: a value as a JS literal.
  hb.registerHelper('json', (value: unknown) => JSON.stringify(value));
  const options = { strict: true, noEscape: true } as const;
  const cache = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of readdirSync(join(TEMPLATES_DIR, dir))) {
    const source = readFileSync(join(TEMPLATES_DIR, dir, file), 'utf8');
    // `unit.cpp.hbs` is template `unit.cpp` and partial `unit`.
    const name = file.replace(/\.hbs$/, '');
    const compiled = cacheDir ? cachedTemplate(hb, source, options, cacheDir) : hb.compile(source, options);
    hb.registerPartial(name.replace(/\..*$/, ''), compiled);
    cache.set(name, compiled);
  }
  return (name) => {
    const t = cache.get(name);
    if (!t) throw new Error(`no template ${dir}/${name}`);
    return t;
  };
}
