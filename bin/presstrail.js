#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm ci` through the prepare script).
import { main, processIo } from '../dist/cli/bin.js';

process.stdout.on('error', (error) => {
  // `presstrail export | head` closes the pipe early: that is not an error.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const code = await main(process.argv.slice(2), processIo());
process.exitCode = code;
