import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOutletLine, findWireOutlet, siteOf } from './04-outlet.js';

const outlet = (line: string): string | null => findOutletLine(line)?.value ?? null;

test('"Source: X" names the outlet', () => assert.equal(outlet('Source: Harbor Town Ledger'), 'Harbor Town Ledger'));
test('"Source: <url>" names the URL\'s site', () => assert.equal(outlet('Source: https://www.metrotransitwatch.org/2024/02/05/x'), 'metrotransitwatch.org'));
test('"Originally published by X" names X', () => assert.equal(outlet('Originally published by The Civic Bulletin'), 'The Civic Bulletin'));
test('"Originally published on X: <url>" names X without the URL', () => assert.equal(outlet('Originally published on BBC News: https://www.bbc.co.uk/news/x'), 'BBC News'));
test('a source span covers just the name', () => {
  const line = 'Source: Harbor Town Ledger';
  const hit = findOutletLine(line)!;
  assert.equal(line.slice(hit.start, hit.end), 'Harbor Town Ledger');
});
test('"CITY (Reuters) -" in a lead names Reuters', () => assert.equal(findWireOutlet('LONDON (Reuters) - Shares fell on Monday.')?.value, 'Reuters'));
test('"(AP) —" in a lead names AP', () => assert.equal(findWireOutlet('PORTO ALEGRE, Brazil (AP) — Heavy rain fell.')?.value, 'AP'));
test('a release wire in the lead names it', () => assert.equal(findWireOutlet('SPRINGFIELD, Ill., March 1, 2024 /PRNewswire/ -- The council said.')?.value, 'PRNewswire'));
test('a parenthesis in prose is not a wire dateline', () => assert.equal(findWireOutlet('The company (Reuters reported) said it would cut jobs.'), null));
test('a URL\'s site drops www', () => assert.equal(siteOf('https://www.reuters.com/world/x'), 'reuters.com'));
