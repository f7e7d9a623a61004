/** The model (IR) of a set of C++ headers: every declaration kind in its own sorted list. */
import type {
  ClassDecl, EnumDecl, FunctionDecl, NamespaceDecl, TemplateDecl, TypedefDecl, VariableDecl, MacroDecl,
} from './decls.js';

/** One module of the binding (OgreMain, Bites …) as parsed. */
export interface ModuleInfo {
  name: string;
  /** Include root its files are relative to. */
  root: string;
  /** The headers that were included for it. */
  headers: string[];
}

/** The IR: JSON-serialisable, ids instead of object references, sorted by id. */
export interface Model {
  format: 1;
  modules: ModuleInfo[];
  namespaces: NamespaceDecl[];
  classes: ClassDecl[];
  templates: TemplateDecl[];
  enums: EnumDecl[];
  typedefs: TypedefDecl[];
  functions: FunctionDecl[];
  variables: VariableDecl[];
  /** Constant macros of the modules' headers. */
  macros?: MacroDecl[];
}

/** Per-module counts (the `inspect --summary` table). */
export interface ModuleSummary {
  module: string;
  classes: number;
  methods: number;
  enums: number;
  functions: number;
  constants: number;
}
