#!/usr/bin/env node
// The command-line entry point: runs the bundled CLI (dist/cli/index.js, rebuilt by `npm run bundle`).
import '../dist/cli/index.js';
