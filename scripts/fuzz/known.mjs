/**
 * Members the fuzzer found crashing that are not fixed yet, each with what goes wrong. `npm run
 * fuzz` calls them like any other (and counts what they do); the short run in `npm test` passes
 * `--skip-known`, so that it guards everything else. Each entry is a bug to fix, then remove.
 */
export const KNOWN = new Map([
  ['MovableObject._notifyAttached', 'engine-internal: asserts the object is not attached twice'],
  ['EdgeData.updateTriangleLightFacing', 'heap corruption when the light position list is shorter than the triangles'],
  ['EmbeddedZipArchiveFactory.removeEmbbeddedFile', 'dereferences the missing entry of a file never added'],
  ['EmbeddedZipArchiveFactory.destroyInstance', 'deletes an archive whose embedded file was never added'],
  ['ImGuiTextBuffer.append', 'str_end is a C pointer into the same string: JS cannot pass one'],
  ['AssignmentAtom.writeSourceCode', 'an atom without operands dereferences them'],
  ['BinaryOpAtom.writeSourceCode', 'an atom without operands dereferences them'],
  ['FunctionAtom.writeSourceCode', 'an atom without operands dereferences them'],
  ['StringInterface.setParameter', 'a class without a parameter dictionary of its own (Material) runs another class\'s command'],
  ['SubRenderStateFactory.createInstance', 'makes a sub-render state without the RTShader system (the constructor guard is bypassed)'],
  ['StringInterface.getParameters', 'a class without a parameter dictionary: a fatal error converting the list'],
  ...['Vector2i', 'Vector3i', 'Vector4i'].map((v) => [`${v}.div`, 'integer division by a zero component (SIGFPE)']),
  ['Profiler.getTimer', 'asserts a timer that only Root sets'],
  ['ParticleSystem.getMaterialName', 'a particle system made without a name has no material yet'],
  ['Affine3.constructor', 'asserts a non-zero scale'],
  ['IntersectionSceneQuery.getLastResults', 'asserts a query that was executed'],
  ['RegionSceneQuery.getLastResults', 'asserts a query that was executed'],
  ['ColourValue.getHSB', 'float* out-parameters shorter than one float are written past (value-class path)'],
  ['SceneManager._renderVisibleObjects', 'engine-internal: renders without a current camera and viewport'],
  ['StringInterface.getParamDictionary', 'a class without parameters gives a dictionary pointer that is not one'],
  ['AnimationControllerFunction.calculate', 'loops once per sequence length: a huge source takes (nearly) forever'],
]);
