/** The runtime class of an enum: `rt.defineEnum(path, { NAME: value, … })` (lib/enums.js makes members, aliases and names by value). */

/** A constant of an enum as the views carry it (value: a JS number literal). */
export interface EnumConstant { name: string; value: string }

/** `rt.defineEnum('Light.LightTypes', { LT_POINT: 0, … })`: the class, by its JS path (inspect and errors show it). */
export function enumClassLiteral(path: string, constants: readonly EnumConstant[]): string {
  return `rt.defineEnum('${path}', { ${constants.map((k) => `${k.name}: ${k.value}`).join(', ')} })`;
}

/**
 * Flat constants (`PF_L8`, unscoped enums as in C++): the enum's own instances, so a flat constant
 * and its enum member are the same object; an anonymous enum's are plain numbers (no type to tell).
 */
export function flatConstants(path: string, constants: readonly EnumConstant[]): EnumConstant[] {
  return constants.map((k) => ({ name: k.name, value: path ? `${path}.${k.name}` : k.value }));
}
