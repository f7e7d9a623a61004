/** Writes a module's TypeScript typings (`<name>.d.ts` and the package entry `index.d.ts`) from its view model. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  StructureKind, VariableDeclarationKind, printStructure,
  type SourceFileStructure, type StatementStructures, type VariableStatementStructure, type WriterFunction,
} from 'ts-morph';
import { writeIfChanged } from '../writeIfChanged.js';
import type { ValueView } from '../napi/views.js';
import type { TypingsView } from './typingsView.js';
import { jsDocs } from './jsDoc.js';
import { classStatements, nativeObjectStructure, valueObjectStructure } from './classDeclaration.js';
import { completeClasses } from './inheritedMembers.js';
import { enumBrandStatement, enumStatements } from './enumDeclaration.js';
import { errorStatements } from './errorClass.js';
import { functionGroupStatements } from './functionDeclarations.js';


/** `export declare const OGRE_VERSION_MAJOR: number;` */
function valueStatement(v: ValueView): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement, isExported: true, hasDeclareKeyword: true, declarationKind: VariableDeclarationKind.Const,
    docs: jsDocs({ doc: v.doc }), declarations: [{ name: v.jsName, type: v.tsType }],
  };
}

/** `export declare const HardwareCounterBufferPtr: typeof HardwareCounterBuffer;` and the type of the same name. */
function aliasStatements(a: TypingsView['aliases'][number]): StatementStructures[] {
  return [
    {
      kind: StructureKind.VariableStatement, isExported: true, hasDeclareKeyword: true, declarationKind: VariableDeclarationKind.Const,
      docs: jsDocs({ doc: a.doc }), declarations: [{ name: a.jsName, type: `typeof ${a.target}` }],
    },
    { kind: StructureKind.TypeAlias, isExported: true, name: a.jsName, type: a.target },
  ];
}

/** The declarations of `<name>.js`: classes (with merged namespaces for nested enums), enums, the error class. */
function moduleFile(view: TypingsView): SourceFileStructure {
  const statements: (StatementStructures | string | WriterFunction)[] = [
    nativeObjectStructure(),
    valueObjectStructure(),
    enumBrandStatement(),
    ...completeClasses(view.classes).flatMap(classStatements),
    ...view.enums.flatMap(enumStatements),
    ...view.functionGroups.flatMap(functionGroupStatements),
    ...view.aliases.flatMap(aliasStatements),
    ...view.values.map(valueStatement),
    ...errorStatements(view.errorClass, view.errorSubclasses, view.errorFactory),
    ...view.namespaces.filter((ns) => ns.nested).map((ns) => `export * as ${ns.name} from './${ns.name}.js';`),
    // Without it a .d.ts module exports every top-level declaration, NativeObject included.
    'export {};',
  ];
  return { kind: StructureKind.SourceFile, leadingTrivia: `${view.generatedLine}\n`, statements };
}

/**
 * The package entry, mirroring `lib/index.js`: the module as the default export and as named exports.
 * The default export re-exports a namespace import, so `import Ogre from 'ogre-napi'` gives a
 * namespace: `Ogre.Vector3` is both the class and its instance type (`typeof M` would only give the value).
 */
function indexFile(view: TypingsView): SourceFileStructure {
  const specifier = `./${view.name}.js`;
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: `${view.generatedLine}\n`,
    statements: [
      { kind: StructureKind.ImportDeclaration, namespaceImport: view.name, moduleSpecifier: specifier },
      { kind: StructureKind.ExportAssignment, isExportEquals: false, expression: view.name },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: specifier },
    ],
  };
}

/**
 * Prints source-file structures with the project's formatting (two spaces, single quotes, LF).
 * ts-morph's structure printer writes the text directly; a Project would parse it back first.
 */
function printer(): (name: string, structure: SourceFileStructure) => string {
  return (_name, structure) => printStructure(structure, { indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' });
}

/** Writes `<outDir>/<view.name>.d.ts` and `<outDir>/index.d.ts` (only when changed); returns both paths. */
export function emitDts(view: TypingsView, outDir: string): string[] {
  const print = printer();
  const files = new Map<string, string>([
    [join(outDir, `${view.name}.d.ts`), print(`${view.name}.d.ts`, moduleFile(view))],
    [join(outDir, 'index.d.ts'), print('index.d.ts', indexFile(view))],
  ]);
  // Sub-namespaces re-export their members from the module file: Ogre.Bites.X is a value and a type.
  for (const ns of view.namespaces) {
    files.set(join(outDir, `${ns.name}.d.ts`), `${view.generatedLine}\nexport {\n${ns.members.map((m) => `  ${m},\n`).join('')}} from './${view.name}.js';\n`);
  }
  mkdirSync(outDir, { recursive: true });
  for (const [file, content] of files) writeIfChanged(file, content);
  return [...files.keys()];
}
