/** OGRE's director classes: the ones its SWIG interfaces mark `%feature("director")`, and a few more. */
import type { DirectorRule } from '../../generator/config/index.js';

/** JS subclasses of these classes get their overrides called by the engine. */
export const directorRules: DirectorRule[] = [
  // Ogre.i: `%feature("director") *::Listener;` and the listeners it names one by one.
  { director: '*::Listener', reason: "Ogre.i's *::Listener" },
  ...['LogListener', 'FrameListener', 'LodListener', 'RenderObjectListener', 'RenderQueueListener', 'RenderTargetListener',
    'MeshSerializerListener', 'ResourceLoadingListener'].map((name) => ({ director: `Ogre::${name}`, reason: 'Ogre.i' })),
  // OgreBites.i (ApplicationContextAndroid is not built on this platform).
  ...['ApplicationContextBase', 'ApplicationContextSDL', 'InputListener'].map((name) => ({ director: `OgreBites::${name}`, reason: 'OgreBites.i' })),
  // Beyond SWIG-Python: the other interfaces a program implements.
  ...['ResourceGroupListener', 'ManualResourceLoader', 'ControllerValue<float>', 'ControllerFunction<float>']
    .map((name) => ({ director: `Ogre::${name}`, reason: 'engine callback interface' })),
  ...['TrayListener', 'WindowEventListener'].map((name) => ({ director: `OgreBites::${name}`, reason: 'Bites callback interface' })),
];
