/**
 * Compiled Handlebars templates kept as files (the spec `Handlebars.precompile` writes): compiling
 * the templates took about a tenth of the glue's time, loading a compiled one a millisecond. A file
 * is named by a hash of Handlebars' version, the options and the template's text.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Handlebars from 'handlebars';

type Environment = typeof Handlebars;

/** `hb.compile(source, options)`, from `dir` when compiled before (and stored there when not). */
export function cachedTemplate(hb: Environment, source: string, options: CompileOptions, dir: string): Handlebars.TemplateDelegate {
  const key = createHash('sha256').update(`${hb.VERSION}\0${JSON.stringify(options)}\0${source}`).digest('hex').slice(0, 24);
  const file = join(dir, `template-${key}.js`);
  let spec: string;
  try {
    spec = readFileSync(file, 'utf8');
  } catch {
    spec = hb.precompile(source, options) as string;
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, spec);
    renameSync(tmp, file);
  }
  // The spec is an object literal of functions, written by Handlebars' compiler.
  return hb.template(new Function(`return ${spec};`)() as TemplateSpecification);
}
