import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from '../store/memory/memory-store.js';
import { LOCAL, sampleStore, testServer } from '../../test/server-helpers.js';

test('every answer carries a strict Content-Security-Policy and no-sniff', async () => {
  const app = await testServer(await sampleStore());
  for (const url of ['/api/overview', '/api/nope', '/']) {
    const res = await app.inject({ url, headers: LOCAL });
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/, url);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
    assert.match(csp, /default-src 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  }
});

test('errors are JSON with a code and a sentence, never a stack trace', async () => {
  const app = await testServer(await sampleStore());
  const cases = [
    ['/api/nope', 404, 'PT-E055'], ['/api/articles?from=March', 400, 'PT-E051'], ['/api/articles?limit=-1', 400, 'PT-E051'],
    ['/api/articles/a_0123_0', 404, 'PT-E005'], ['/api/speakers/Nobody%20Here', 404, 'PT-E055'], ['/api/articles?q=%22unbalanced', 400, 'PT-E007'],
  ] as const;
  for (const [url, status, code] of cases) {
    const res = await app.inject({ url, headers: LOCAL });
    assert.equal(res.statusCode, status, `${url}: ${res.body}`);
    assert.equal(res.json().error.code, code, url);
    assert.doesNotMatch(res.body, /\bat \S+:\d+|node_modules|\.ts:/, url);
  }
});

test('an unexpected failure answers 500 without its message or stack', async () => {
  const store = new MemoryStore();
  store.listArticles = async () => { throw new Error('secret detail /home/user/store.db'); };
  const app = await testServer(store);
  const res = await app.inject({ url: '/api/articles', headers: LOCAL });
  assert.equal(res.statusCode, 500);
  assert.equal(res.json().error.code, 'PT-E057');
  assert.doesNotMatch(res.body, /secret|store\.db|\bat /);
});

test('a handler slower than the request timeout is answered 503', async () => {
  const store = new MemoryStore();
  store.listArticles = () => new Promise(() => {});
  const app = await testServer(store, { requestTimeoutMs: 100 });
  const res = await app.inject({ url: '/api/articles', headers: LOCAL });
  assert.equal(res.statusCode, 503);
  assert.equal(res.json().error.code, 'PT-E054');
});

test('a loopback server answers only loopback host names, and refuses writes from other origins', async () => {
  const app = await testServer(await sampleStore());
  assert.equal((await app.inject({ url: '/api/overview', headers: { host: 'attacker.example:4317' } })).statusCode, 403);
  assert.equal((await app.inject({ url: '/api/overview', headers: { host: 'localhost:4317' } })).statusCode, 200);
  const post = await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...LOCAL, origin: 'http://attacker.example' } });
  assert.equal(post.statusCode, 403);
  assert.equal(post.json().error.code, 'PT-E056');
});

test('any address but loopback needs a token, and then every request must carry it', async () => {
  await assert.rejects(testServer(new MemoryStore(), { host: '0.0.0.0' }), /PT-E050|without an access token/);
  const app = await testServer(await sampleStore(), { host: '0.0.0.0', token: 'sesame-123' });
  const host = { host: '192.168.1.5:4317' };
  const denied = await app.inject({ url: '/api/overview', headers: host });
  assert.equal(denied.statusCode, 401);
  assert.equal(denied.json().error.code, 'PT-E052');
  assert.equal((await app.inject({ url: '/api/overview', headers: { ...host, authorization: 'Bearer wrong' } })).statusCode, 401);
  assert.equal((await app.inject({ url: '/api/overview', headers: { ...host, authorization: 'Bearer sesame-123' } })).statusCode, 200);
  const opened = await app.inject({ url: '/search?token=sesame-123&q=x', headers: host });
  assert.equal(opened.statusCode, 303);
  assert.equal(opened.headers.location, '/search?q=x');
  const cookie = String(opened.headers['set-cookie']);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.equal((await app.inject({ url: '/api/overview', headers: { ...host, cookie: cookie.split(';')[0]! } })).statusCode, 200);
});

test('the OpenAPI document describes every route and /api/docs serves it', async () => {
  const app = await testServer(await sampleStore());
  const doc = (await app.inject({ url: '/api/openapi.json', headers: LOCAL })).json();
  for (const path of ['/api/overview', '/api/articles', '/api/articles/{id}', '/api/quotes', '/api/speakers', '/api/speakers/{name}', '/api/ingest', '/api/ingest/{id}']) {
    assert.ok(doc.paths[path], `${path} documented`);
  }
  assert.ok(doc.paths['/api/articles'].get.parameters.some((p: { name: string }) => p.name === 'q'));
  const docs = await app.inject({ url: '/api/docs/', headers: LOCAL });
  assert.equal(docs.statusCode, 200);
  assert.match(docs.body, /swagger/i);
  assert.doesNotMatch(String(docs.headers['content-security-policy']), /script-src[^;]*unsafe-inline/);
});

test('UI paths answer the page, asset and API misses stay 404', async () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'presstrail-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>ui</title>');
  const app = await testServer(await sampleStore(), { webRoot });
  for (const url of ['/', '/search?q=x', '/articles/a_1_0', '/speakers/Mara%20Lindqvist']) {
    const res = await app.inject({ url, headers: LOCAL });
    assert.equal(res.statusCode, 200, url);
    assert.match(res.body, /<title>ui<\/title>/);
  }
  assert.equal((await app.inject({ url: '/assets/missing.js', headers: LOCAL })).statusCode, 404);
  assert.equal((await app.inject({ url: '/api/missing', headers: LOCAL })).json().error.code, 'PT-E055');
});
