#!/usr/bin/env node
// The `corium` command: runs the bundled CLI built by `npm install` (server/dist/cli.js).
import('../dist/cli.js');
