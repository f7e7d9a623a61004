/** What the engine keeps after a call: listeners (the generator's default pairs) and manual resource loaders. */
import type { LifetimeRule } from '../../generator/config/index.js';
import { defaultLifetimeRules } from '../../generator/passes/lifetimePass.js';

/** Lifetime rules: the default add/remove/set listener rules, then OGRE's own. */
export const lifetimeRules: LifetimeRule[] = [
  ...defaultLifetimeRules,
  // A scene node keeps what is attached to it (a JS-made Rectangle2D, a JS-made child node).
  { add: 'Ogre::SceneNode::attachObject', remove: 'Ogre::SceneNode::detachObject', slot: 'objects' },
  { add: 'Ogre::Node::addChild', remove: 'Ogre::Node::removeChild', slot: 'children' },
  // A manual resource calls its loader whenever it (re)loads: kept for as long as its manager lives.
  { add: 'Ogre::*Manager::create*', param: 'loader', slot: 'loaders' },
  { add: 'Ogre::ResourceGroupManager::declareResource', param: 'loader', slot: 'loaders' },
];
