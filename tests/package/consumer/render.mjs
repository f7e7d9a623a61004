// Consumer program (ES module): `import Ogre from 'ogre-napi'`, one frame rendered; prints a JSON report.
import Ogre from 'ogre-napi';
import { createRequire } from 'node:module';

const { renderFrame } = createRequire(import.meta.url)('./frame.cjs');
const report = renderFrame(Ogre, process.argv[2] ?? 'default');
process.stdout.write(`\n@report ${JSON.stringify({ ...report, messages: report.messages.length, firstMessage: report.messages[0] })}\n`);
