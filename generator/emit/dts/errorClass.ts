/** The error class of engine exceptions in the typings: an `Error` subclass with the engine's fields. */
import { Scope, StructureKind, type ClassDeclarationStructure, type StatementStructures } from 'ts-morph';
import { jsDocs } from './jsDoc.js';

/** The fields an engine exception carries, with their types and docs. */
const FIELDS = [
  ['number', 'number', 'The engine\'s error code.'],
  ['description', 'string', 'What went wrong (`getDescription`).'],
  ['source', 'string', 'The function that threw (`getSource`).'],
  ['file', 'string', 'The C++ source file that threw (`getFile`).'],
  ['line', 'number', 'Its line (`getLine`).'],
] as const;

/** `export declare class <errorClass> extends Error { … }`, matching the runtime's `defineErrorClass`. */
export function errorClassStructure(name: string): ClassDeclarationStructure {
  const fields = FIELDS.map(([field, type]) => `${field}?: ${type}`).join('; ');
  return {
    kind: StructureKind.Class,
    name,
    isExported: true,
    hasDeclareKeyword: true,
    extends: 'Error',
    docs: jsDocs({ doc: 'Engine exceptions (the C++ exception classes the spec\'s catch clauses name) arrive as this Error subclass.' }),
    ctors: [{ parameters: [{ name: 'message', type: 'string' }, { name: 'fields', type: `{ ${fields} }`, hasQuestionToken: true }] }],
    properties: [
      ...FIELDS.map(([field, type, doc]) => ({ name: field, type, isReadonly: true, docs: jsDocs({ doc }) })),
      { name: 'subclasses', isStatic: true, isReadonly: true, type: `Readonly<Record<string, typeof ${name}>>`, docs: jsDocs({ doc: 'The subclasses by name (`FileNotFoundException` …).' }) },
    ],
    methods: [
      ...FIELDS.map(([field, type]) => ({ name: `get${field[0]!.toUpperCase()}${field.slice(1)}`, returnType: type })),
      { name: 'getFullDescription', returnType: 'string', docs: jsDocs({ doc: 'The message.' }) },
      { name: 'what', returnType: 'string', docs: jsDocs({ doc: 'The message.' }) },
      {
        name: 'throwException', isStatic: true, returnType: 'never', docs: jsDocs({ doc: 'Throws the subclass for an error number.' }),
        parameters: [{ name: 'number', type: 'number' }, { name: 'description', type: 'string' }, { name: 'source', type: 'string', hasQuestionToken: true },
          { name: 'file', type: 'string', hasQuestionToken: true }, { name: 'line', type: 'number', hasQuestionToken: true }],
      },
    ],
  };
}

/** The error class, its subclasses (`FileNotFoundException extends OgreException` for OGRE) and the factory object. */
export function errorStatements(name: string, subclasses: { name: string }[], factory: string): StatementStructures[] {
  return [
    errorClassStructure(name),
    ...subclasses.map((s): ClassDeclarationStructure => ({ kind: StructureKind.Class, name: s.name, isExported: true, hasDeclareKeyword: true, extends: name })),
    ...(factory ? [{
      kind: StructureKind.Class as const, name: factory, isExported: true, hasDeclareKeyword: true,
      docs: jsDocs({ doc: 'Throws the exception class for an error number.' }),
      ctors: [{ scope: Scope.Private }],
      methods: [{
        name: 'throwException', isStatic: true, returnType: 'never',
        parameters: [{ name: 'number', type: 'number' }, { name: 'description', type: 'string' }, { name: 'source', type: 'string', hasQuestionToken: true },
          { name: 'file', type: 'string', hasQuestionToken: true }, { name: 'line', type: 'number', hasQuestionToken: true }],
      }],
    }] : []),
  ];
}
