/** `model.json`, the IR after the rules, for tools (and `ogre-bindgen inspect` for people). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Model } from '../model/index.js';
import { writeIfChanged } from './writeIfChanged.js';

/** Writes the model as one line (only when changed): indenting it doubled its cost. */
export function writeModel(file: string, model: Model): void {
  mkdirSync(dirname(file), { recursive: true });
  writeIfChanged(file, `${JSON.stringify(model)}\n`);
}
