/** Runs the CLI from source (tests spawn this to kill a real process mid-ingest). */
import { main, processIo } from '../src/cli/bin.js';

process.exitCode = await main(process.argv.slice(2), processIo());
