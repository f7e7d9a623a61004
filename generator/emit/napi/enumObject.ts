/** The runtime object of an enum: its constants by name and, as TypeScript's numeric enums have, names by value. */

/** A constant of an enum as the views carry it (value: a JS number literal). */
export interface EnumConstant { name: string; value: string }

/**
 * Reverse entries (`'5': 'GREEN'`), keys quoted (negative values are not identifiers). With several
 * names for one value the last declared wins, as in a TypeScript enum.
 */
export function reverseEntries(constants: readonly EnumConstant[]): { key: string; name: string }[] {
  const byValue = new Map<string, string>();
  for (const k of constants) {
    const value = Number(k.value);
    if (Number.isFinite(value)) byValue.set(String(value), k.name);
  }
  return [...byValue].map(([value, name]) => ({ key: `'${value}'`, name }));
}

/** `Object.freeze({ A: 0, B: 1, '0': 'A', '1': 'B' })`. */
export function enumObjectLiteral(constants: readonly EnumConstant[]): string {
  const entries = [
    ...constants.map((k) => `${k.name}: ${k.value}`),
    ...reverseEntries(constants).map((r) => `${r.key}: '${r.name}'`),
  ];
  return `Object.freeze({ ${entries.join(', ')} })`;
}
