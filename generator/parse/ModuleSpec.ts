/** What to parse: modules (a name, an include root, headers under it) and compiler arguments. */

/** One module of the binding: its declarations are those in files under `root`. */
export interface ModuleSpec {
  /** OgreMain, Bites, RTShader, Overlay … */
  name: string;
  /** Include directory; a declaration belongs to the module with the longest root containing its file. */
  root: string;
  /** Headers to include, relative to `root` (or absolute). */
  headers: string[];
  /**
   * Headers outside `root` whose declarations also belong to the module, by absolute path (Overlay
   * owns Dear ImGui's `imgui.h`); generated code includes them by file name.
   */
  owns?: string[];
}

/** Input of {@link parseHeaders}. */
export interface ParseInput {
  modules: ModuleSpec[];
  /** Compiler arguments: `-I…`, `-D…`, `-std=…`. */
  args: string[];
  /**
   * Class template instantiations to walk although no header typedef names them (a type only
   * used in signatures, like `Ogre::Controller<Ogre::Real>`), as C++ type spellings.
   */
  instances?: string[];
}
