/** `ogre-bindgen diff <old> <new>`: the API difference between two OGREs (install prefixes) or two model.json files. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Model } from '../model/index.js';
import { parseHeaders } from '../parse/index.js';
import { ogreParseInput } from '../../ogre-headers/modules.js';
import { findOgre } from '../../ogre-headers/ogreInstall.js';
import { isEmptyDiff, modelDiff } from '../diff/modelDiff.js';
import { formatDiff, formatSummary } from '../diff/formatDiff.js';

/** A model and a name for it: a model.json (or a folder holding one), else an OGRE install prefix whose headers are parsed. */
export function loadSide(path: string, cacheDir?: string): { model: Model; label: string } {
  const full = resolve(path);
  const json = statSync(full).isDirectory() ? join(full, 'model.json') : full;
  if (existsSync(json) && json.endsWith('.json')) return { model: JSON.parse(readFileSync(json, 'utf8')) as Model, label: path };
  const ogre = findOgre({ ...process.env, OGRE_DIR: full });
  return { model: parseHeaders(ogreParseInput(ogre), { cacheDir }), label: `OGRE ${ogre.version}` };
}

/** Prints the diff (`--json`: as JSON; `--summary`: counts only); with `--exit-code`, 1 when anything changed. */
export function diff(args: string[], cacheDir?: string): number {
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length !== 2) {
    console.error('ogre-bindgen: diff takes two paths: <old> <new> (install prefixes or model.json files)');
    return 2;
  }
  const [a, b] = paths.map((p) => loadSide(p, cacheDir)) as [ReturnType<typeof loadSide>, ReturnType<typeof loadSide>];
  const d = modelDiff(a.model, b.model);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ old: a.label, new: b.label, ...d }, null, 1)}\n`);
  else if (args.includes('--summary')) console.log(`${a.label} → ${b.label}\n\n${formatSummary(d)}`);
  else console.log(formatDiff(d, `${a.label} → ${b.label}`));
  return args.includes('--exit-code') && !isEmptyDiff(d) ? 1 : 0;
}
