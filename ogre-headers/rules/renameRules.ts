/** OGRE's rename rules: JS names that differ from the C++ ones. */
import type { RenameRule } from '../../generator/config/index.js';
import { when } from '../when.js';

/** Renames, each with its reason. */
export const renameRules: RenameRule[] = [
  // The same name as the Error subclass the runtime throws for Ogre::Exception (and as in Python).
  { match: 'Ogre::Exception', to: 'OgreException' },
  // Bites' application context under its pre-1.12 name, which its typedef and the tutorials use.
  { match: 'OgreBites::ApplicationContextSDL', to: 'ApplicationContext' },
  // The struct behind the typedef everyone uses (13 names the struct itself so).
  ...when({ ogre: '<13' }, [{ match: 'Ogre::VertexBoneAssignment_s', to: 'VertexBoneAssignment' }]),
  // Nested, but SWIG's and the tutorials' name is the plain one (no other FrameStats exists).
  { match: 'Ogre::RenderTarget::FrameStats', to: 'FrameStats' },
];
