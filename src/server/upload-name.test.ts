import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeUploadPath } from './upload-name.js';

test('upload names keep a folder path but can never leave the upload folder', () => {
  assert.equal(safeUploadPath('corpus/feeds/a.xml'), 'corpus/feeds/a.xml');
  assert.equal(safeUploadPath('../../etc/passwd'), 'etc/passwd');
  assert.equal(safeUploadPath('/abs/x.html'), 'abs/x.html');
  assert.equal(safeUploadPath('C:\\Users\\me\\a.txt'), 'C:/Users/me/a.txt');
  assert.equal(safeUploadPath('a/.git/config'), 'a/config');
  assert.equal(safeUploadPath('bad\u0000name\u001f.txt'), 'badname.txt');
});

test('a name with nothing usable left is refused', () => {
  for (const name of ['', '..', '../..', '.hidden', '/']) assert.equal(safeUploadPath(name), null, name);
});
