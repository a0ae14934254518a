#!/usr/bin/env node
// Runs the compiled CLI; `npm run build` writes dist/ from src/.
import '../dist/src/cli/run.js';
