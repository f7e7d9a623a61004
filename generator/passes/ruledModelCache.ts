/**
 * A cache of the model after the rules, next to the parse's: valid while the parsed model, the
 * rules and the passes' code are the same. Kept as the exact text of model.json (written as is,
 * not stringified again) plus what each rule matched and the problems found (for the warnings).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rules } from '../config/index.js';
import type { RuleOutcome, SpecProblem } from './RuleReport.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The rules as text: RegExps and functions by their source (JSON would drop them). */
function rulesText(rules: Rules): string {
  return JSON.stringify(rules, (_k, v: unknown) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : typeof v === 'function' ? v.toString() : v));
}

/** A hash of the code the rules' meaning depends on: the passes, the config and the model types. */
function passesHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.[jt]s$/.test(f)) hash.update(f).update(readFileSync(path));
    }
  };
  for (const dir of [here, join(here, '..', 'config'), join(here, '..', 'model')]) walk(dir);
  return hash.digest('hex');
}

/** The cache key of the ruled model for a cached parse `modelId` and these rules. */
export function ruledModelKey(modelId: string, rules: Rules): string {
  return createHash('sha256').update(modelId).update('\0').update(rulesText(rules)).update('\0').update(passesHash()).digest('hex').slice(0, 32);
}

/** What the passes reported along with a cached model. */
export interface CachedReport { outcomes: RuleOutcome[]; problems: SpecProblem[] }

/** The cached model.json text and rule report for `key`, or undefined. */
export function loadRuledModel(dir: string, key: string): ({ text: string } & CachedReport) | undefined {
  const model = join(dir, `${key}.ruled.json`);
  const report = join(dir, `${key}.report.json`);
  if (!existsSync(model) || !existsSync(report)) return undefined;
  return { text: readFileSync(model, 'utf8'), ...(JSON.parse(readFileSync(report, 'utf8')) as CachedReport) };
}

/** Stores them (each file written whole, then renamed into place). */
export function storeRuledModel(dir: string, key: string, text: string, report: CachedReport): void {
  for (const [file, content] of [[`${key}.report.json`, JSON.stringify(report)], [`${key}.ruled.json`, text]] as const) {
    const tmp = join(dir, `${file}.${process.pid}`);
    writeFileSync(tmp, content);
    renameSync(tmp, join(dir, file));
  }
}
