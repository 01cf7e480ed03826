import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer as listenOn } from 'node:net';
import { join } from 'node:path';
import { ROOT, cli, startServe, tempDir } from './browser.js';

const built = existsSync(join(ROOT, 'dist/cli/bin.js'));
const skip = built ? false : 'the CLI is not built (dist/cli): run npm run build first';

test('serve on a non-loopback address generates a token, prints it, and requires it', { skip }, async () => {
  const db = join(tempDir('presstrail-serve-'), 's.db');
  assert.equal(cli(['ingest', join(ROOT, 'sample/corpus/dumps'), '--db', db, '-q']).code, 0);
  const server = await startServe(db, ['--host', '0.0.0.0']);
  try {
    const token = /Access token \(generated\): (\S+)/.exec(server.out())?.[1];
    assert.ok(token, server.out());
    assert.match(server.out(), new RegExp(`Open http://\\S+/\\?token=${token}`));
    const port = new URL(server.url).port;
    const api = `http://127.0.0.1:${port}/api/overview`;
    assert.equal((await fetch(api)).status, 401);
    const ok = await fetch(api, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(ok.status, 200);
    assert.ok(((await ok.json()) as { stats: { articles: number } }).stats.articles > 0);
  } finally {
    await server.stop();
  }
});

test('serve on a port already in use says so in one line and exits 1', { skip }, async () => {
  const blocker = listenOn().listen(0, '127.0.0.1');
  await new Promise((r) => blocker.once('listening', r));
  const port = String((blocker.address() as { port: number }).port);
  try {
    const r = cli(['serve', '--db', join(tempDir('presstrail-serve-'), 's.db'), '--port', port]);
    assert.equal(r.code, 1);
    assert.match(r.err, /PT-E050 Cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/);
    assert.doesNotMatch(r.err, /\n\s+at /);
  } finally {
    blocker.close();
  }
});

test('serve --help lists its options', { skip }, () => {
  const r = cli(['serve', '--help']);
  assert.equal(r.code, 0);
  for (const option of ['--port', '--host', '--token', '--max-upload', '--db']) assert.match(r.out, new RegExp(option));
});
