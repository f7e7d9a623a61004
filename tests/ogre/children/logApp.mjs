// Child of tests/ogre/log.test.ts (run through scripts/headless.mjs): an ApplicationContext renders one
// frame with OGRE's log sent where LOG_TO says (`none`, `js`, or `late`: asked for after the engine
// made its own log), closes, and the process exits.
import Ogre from 'ogre-napi';

const messages = [];
const choose = () => {
  if (process.env.LOG_TO === 'none') Ogre.LogManager.logToNowhere();
  else Ogre.LogManager.logTo((message, level, logName) => messages.push({ message, level, logName }));
};
let late = '';
if (process.env.LOG_TO !== 'late') choose();

const app = new Ogre.Bites.ApplicationContext('TsSample');
app.initApp();
if (process.env.LOG_TO === 'late') try { choose(); } catch (e) { late = e.message; }
const root = app.getRoot();
const scene = root.createSceneManager();
Ogre.RTShader.ShaderGenerator.getSingleton().addSceneManager(scene);
app.getRenderWindow().addViewport(scene.createCamera('camera'));
root.renderOneFrame();
app.closeApp();
const levels = [...new Set(messages.map((m) => m.level))].sort();
const enumLevels = messages.every((m) => m.level instanceof Ogre.LogMessageLevel);
process.stdout.write(`@report ${JSON.stringify({ count: messages.length, levels, enumLevels, sample: messages.slice(0, 3).map((m) => m.message), late })}\n`);
