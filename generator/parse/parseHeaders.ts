/** Headers → IR: one translation unit for all modules (shared headers parse once), then one walk. */
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { TranslationUnit } from '../clang/index.js';
import type { Model, ModuleInfo } from '../model/index.js';
import { ModelBuilder } from './ModelBuilder.js';
import type { ParseInput } from './ModuleSpec.js';

/** Absolute path of a module header. */
function headerPath(root: string, header: string): string {
  return isAbsolute(header) ? header : join(root, header);
}

/**
 * Parses every module's headers through one in-memory umbrella file and builds the model.
 * Throws a ParseError naming file and line when a header has errors.
 */
export function parseHeaders(input: ParseInput): Model {
  const umbrella = join(tmpdir(), 'ogre-napi-umbrella.hpp');
  const lines = input.modules.flatMap((m) => m.headers.map((h) => `#include "${headerPath(m.root, h)}"`));
  const tu = TranslationUnit.parseStrict(umbrella, {
    // -w: warnings are not used here and computing them costs about a tenth of the parse.
    args: [...input.args, '-w'],
    unsavedFiles: { [umbrella]: `${lines.join('\n')}\n` },
  });
  try {
    const infos: ModuleInfo[] = input.modules.map((m) => ({ name: m.name, root: m.root, headers: [...m.headers] }));
    return new ModelBuilder(input.modules).build(tu, infos);
  } finally {
    tu.dispose();
  }
}
