/** Writing generated files only when their content changed, so unchanged units are not recompiled. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';

/** Writes `content` unless `file` already holds exactly it (compared as bytes: no decoding of the old file); true when written. */
export function writeIfChanged(file: string, content: string): boolean {
  const bytes = Buffer.from(content);
  if (statSync(file, { throwIfNoEntry: false })?.size === bytes.length && readFileSync(file).equals(bytes)) return false;
  writeFileSync(file, bytes);
  return true;
}
