// Helpers of the headless test children: a live engine (Root, GL3Plus, a small window under Xvfb,
// a scene manager) and probes recording what a call did.
import { execFileSync } from 'node:child_process';

/** Root with the GL3Plus render system, a 64×64 window named `name` and a scene manager (log set up first by the caller). */
export function headlessRoot(Ogre, name) {
  const plugins = execFileSync('pkg-config', ['--variable=plugindir', 'OGRE'], { encoding: 'utf8' }).trim();
  const root = new Ogre.Root('', '', '');
  root.loadPlugin(`${plugins}/RenderSystem_GL3Plus`);
  root.setRenderSystem(root.getAvailableRenderers()[0]);
  root.initialise(false);
  const window = root.createRenderWindow(name, 64, 64, false);
  return { root, window, sm: root.createSceneManager() };
}

/** What calling `fn` did: its value, or the error's class and first message line. */
export function probe(fn) {
  try { return { value: fn() ?? null }; } catch (e) { return { error: e.constructor.name, message: e.message.split('\n')[0] }; }
}
