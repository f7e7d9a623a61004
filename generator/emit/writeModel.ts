/** `model.json`, the IR after the rules, for tools (and `ogre-bindgen inspect` for people). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Model } from '../model/index.js';
import { writeIfChanged } from './writeIfChanged.js';

/** The model as model.json has it: one line (indenting it doubled its cost). */
export const modelText = (model: Model): string => `${JSON.stringify(model)}\n`;

/** Writes model.json (only when changed); `text` is its content when already known. */
export function writeModel(file: string, model: Model, text = modelText(model)): void {
  mkdirSync(dirname(file), { recursive: true });
  writeIfChanged(file, text);
}
