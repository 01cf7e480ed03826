// Child process for crash-safety.test.ts: puts documents into a store until it is killed,
// printing each index once its transaction has committed. Run: node --import tsx crash-writer.ts PATH COUNT
import { writeSync } from 'node:fs';
import { crashDocument } from './crash-documents.js';
import { SqliteStore } from './sqlite-store.js';

const [path, count] = process.argv.slice(2);
const store = SqliteStore.open(path!);
for (let i = 0; i < Number(count); i++) {
  await store.putDocument(crashDocument(i));
  // Synchronous write: the parent must never see a line for a document that was not committed.
  writeSync(1, `${i}\n`);
}
await store.close();
