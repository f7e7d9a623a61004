/** The error class of engine exceptions in the typings: an `Error` subclass with OGRE's fields. */
import { StructureKind, type ClassDeclarationStructure } from 'ts-morph';
import { jsDocs } from './jsDoc.js';

/** The fields an engine exception carries, with their types and docs. */
const FIELDS = [
  ['number', 'number', 'OGRE\'s error code (`Ogre::Exception::getNumber`).'],
  ['description', 'string', 'What went wrong (`getDescription`).'],
  ['source', 'string', 'The function that threw (`getSource`).'],
  ['file', 'string', 'The C++ source file that threw (`getFile`).'],
  ['line', 'number', 'Its line (`getLine`).'],
] as const;

/** `export declare class OgreException extends Error { … }`, matching the runtime's `defineErrorClass`. */
export function errorClassStructure(name: string): ClassDeclarationStructure {
  const fields = FIELDS.map(([field, type]) => `${field}?: ${type}`).join('; ');
  return {
    kind: StructureKind.Class,
    name,
    isExported: true,
    hasDeclareKeyword: true,
    extends: 'Error',
    docs: jsDocs({ doc: 'Engine exceptions (`Ogre::Exception` and subclasses) arrive as this Error subclass.' }),
    ctors: [{ parameters: [{ name: 'message', type: 'string' }, { name: 'fields', type: `{ ${fields} }`, hasQuestionToken: true }] }],
    properties: FIELDS.map(([field, type, doc]) => ({ name: field, type, isReadonly: true, docs: jsDocs({ doc }) })),
  };
}
