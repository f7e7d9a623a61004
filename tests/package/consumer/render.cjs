// Consumer program (CommonJS): `require('ogre-napi')`, one frame rendered; prints a JSON report.
'use strict';
const Ogre = require('ogre-napi');
const { renderFrame } = require('./frame.cjs');

const report = renderFrame(Ogre, process.argv[2] ?? 'default');
process.stdout.write(`\n@report ${JSON.stringify({ ...report, messages: report.messages.length, firstMessage: report.messages[0] })}\n`);
