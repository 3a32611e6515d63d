// The action's entry point (action.yml runs dist/index.js, bundled from this file). The same file runs
// the worker threads that share a large inventory's hosts (src/parallel.ts).
import { run } from './main.js';
import { checkRepository, defaultJobs, isCheckWorker, serveCheckWorker } from './parallel.js';

if (isCheckWorker()) serveCheckWorker();
else void run({ check: (root, opts) => checkRepository(root, opts, defaultJobs(), new URL(import.meta.url)) });
