/** Parsing a C++ translation unit with libclang, its diagnostics and deterministic disposal. */
import { native, type NativeTranslationUnit } from './native.js';
import { ParseFlag, Severity } from './kinds.js';
import { Cursor } from './Cursor.js';

/** A compiler message with its position. */
export interface Diagnostic {
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
}

/** How to parse. */
export interface ParseOptions {
  /** Compiler arguments: include paths, defines, `-std=c++17` … (`-x c++` is always added). */
  args?: readonly string[];
  /** Skip function bodies: declarations only, much faster (default true). */
  skipFunctionBodies?: boolean;
  /**
   * Attach every comment to the declaration after it, not only Doxygen ones (`/** *​/`, `///`,
   * `//!<`), which libclang always keeps. Default false: it costs about a quarter of the parse time.
   */
  allComments?: boolean;
  /** In-memory file contents by path, for tests and generated umbrella headers. */
  unsavedFiles?: Readonly<Record<string, string>>;
}

/** Thrown when a file does not parse: carries the first error's position. */
export class ParseError extends Error {
  constructor(readonly diagnostics: Diagnostic[], readonly file: string) {
    const first = diagnostics.find((d) => d.severity >= Severity.Error);
    const where = first ? `${first.file}:${first.line}:${first.column}: error: ${first.message}` : file;
    const more = diagnostics.filter((d) => d.severity >= Severity.Error).length - 1;
    super(`${where}${more > 0 ? ` (and ${more} more errors)` : ''}`);
    this.name = 'ParseError';
  }
}

const finalizer = new FinalizationRegistry<NativeTranslationUnit>((tu) => tu.dispose());

/** A parsed file. Call `dispose()` (or use `using`) when done; a finalizer is the fallback. */
export class TranslationUnit implements Disposable {
  private constructor(private readonly tu: NativeTranslationUnit, readonly file: string) {
    finalizer.register(this, tu, this);
  }

  /** Parses `file` as C++. Throws if libclang cannot parse at all; check `errors` for compile errors. */
  static parse(file: string, options: ParseOptions = {}): TranslationUnit {
    const flags =
      ParseFlag.KeepGoing |
      (options.skipFunctionBodies === false ? 0 : ParseFlag.SkipFunctionBodies);
    const args = ['-x', 'c++', ...(options.args ?? [])];
    if (options.allComments) args.push('-fparse-all-comments');
    const unsaved = Object.entries(options.unsavedFiles ?? {});
    return new TranslationUnit(new (native().TranslationUnit)(file, args, flags, unsaved), file);
  }

  /** Parses `file` and throws a {@link ParseError} naming file and line if it has errors. */
  static parseStrict(file: string, options: ParseOptions = {}): TranslationUnit {
    const unit = TranslationUnit.parse(file, options);
    const errors = unit.errors;
    if (errors.length > 0) {
      const all = unit.diagnostics;
      unit.dispose();
      throw new ParseError(all, file);
    }
    return unit;
  }

  /** Loads a unit written by {@link TranslationUnit.save} (no parsing: much faster). */
  static load(astFile: string): TranslationUnit {
    return new TranslationUnit(new (native().TranslationUnit)(astFile, [], -1), astFile);
  }

  /** Writes the unit as an AST file for {@link TranslationUnit.load}; throws if libclang cannot. */
  save(path: string): void {
    const rc = this.tu.save(path);
    if (rc !== 0) throw new Error(`libclang could not save ${path} (CXSaveError ${rc})`);
  }

  /** Every file the unit read: the main file and all it includes. */
  get includedFiles(): string[] { return this.tu.includedFiles(); }

  /** libclang's version string. */
  static get clangVersion(): string { return native().version; }

  /** All diagnostics. */
  get diagnostics(): Diagnostic[] { return this.tu.diagnostics(); }
  /** Diagnostics of severity error or fatal. */
  get errors(): Diagnostic[] { return this.diagnostics.filter((d) => d.severity >= Severity.Error); }
  /** The translation unit's cursor: the root of the AST. */
  get root(): Cursor { return new Cursor(this.tu, this.tu.root()); }
  /** How many cursor handles the walk has created so far (a measure of work done). */
  get cursorCount(): number { return this.tu.cursorCount(); }
  /** Whether `dispose()` has run. */
  get disposed(): boolean { return this.tu.isDisposed(); }

  /** Frees libclang's memory now; later use of this unit's cursors throws. */
  dispose(): void {
    finalizer.unregister(this);
    this.tu.dispose();
  }

  [Symbol.dispose](): void { this.dispose(); }
}
