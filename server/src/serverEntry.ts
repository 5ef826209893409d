// dist/server.js, what editors start: the language server itself is dist/serverMain.js (server.ts),
// run through V8's code cache (codeCache.ts), which saves compiling it at every start. A start
// without a usable cache writes one a few seconds later, when `initialize` and the first requests
// have compiled what a start needs; the timer never keeps the server alive.

import path from 'node:path';
import { runWithCodeCache } from './codeCache';

/** Long enough for `initialize` and the first document's requests to have run. */
const SAVE_AFTER_MS = 3000;

const start = runWithCodeCache(path.join(__dirname, 'serverMain.js'));
if (!start.cacheUsed) setTimeout(() => start.saveCache(), SAVE_AFTER_MS).unref();
