// Child of exit.test.ts (run headless, with --expose-gc where asked): one creation order of engine
// objects, chosen by $SCENARIO, then the process ends. The test checks its exit code and output.
import { execFileSync } from 'node:child_process';
import Ogre from 'ogre-napi';

const plugins = () => execFileSync('pkg-config', ['--variable=plugindir', 'OGRE'], { encoding: 'utf8' }).trim();
const collect = async () => {
  for (let i = 0; i < 5; i++) {
    globalThis.gc?.();
    await new Promise((r) => setTimeout(r, 5));
  }
};
/** A Root with the GL3Plus render system and a small window. */
function rootWithWindow() {
  const root = new Ogre.Root('', '', '');
  root.loadPlugin(`${plugins()}/RenderSystem_GL3Plus`);
  root.setRenderSystem(root.getAvailableRenderers()[0]);
  root.initialise(false);
  root.createRenderWindow('exit', 32, 32, false);
  return root;
}

switch (process.env.SCENARIO) {
  case 'logManagerFirst': {
    // The usual way to quiet OGRE: a LogManager before Root, its JS reference dropped at once.
    new Ogre.LogManager().createLog('exit.log', true, true, true);
    const root = rootWithWindow();
    await collect();
    Ogre.LogManager.getSingleton().logMessage('log after gc');
    root.createSceneManager().createCamera('c');
    break;
  }
  case 'plainRoot': {
    const root = rootWithWindow();
    const sm = root.createSceneManager();
    sm.getRootSceneNode().createChildSceneNode().attachObject(sm.createCamera('c'));
    Ogre.LogManager.getSingleton().logMessage('log before exit');
    break;
  }
  case 'noRenderSystem': {
    const root = new Ogre.Root('', '', '');
    const sm = root.createSceneManager();
    try {
      sm.createCamera('c');
    } catch (e) {
      console.log(`createCamera: ${e.message}`);
    }
    Ogre.LogManager.getSingleton().logMessage('log before exit');
    break;
  }
  case 'applicationContext': {
    const app = new Ogre.Bites.ApplicationContext('TsSample');
    app.initApp();
    app.getRoot().createSceneManager();
    if (process.env.CLOSE === '1') app.closeApp();
    break;
  }
  case 'disposeOrder': {
    const logs = new Ogre.LogManager();
    logs.createLog('exit.log', true, true, true);
    const root = rootWithWindow();
    root.dispose();
    logs.dispose();
    break;
  }
  case 'uncaught': {
    rootWithWindow().createSceneManager();
    throw new Error('uncaught on purpose');
  }
  default:
    throw new Error(`unknown scenario ${process.env.SCENARIO}`);
}
console.log('END OF SCRIPT');
