import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUrlLine } from './05-url.js';

const url = (line: string): string | null => findUrlLine(line)?.value ?? null;

test('a line that is a URL is the original URL', () => assert.equal(url('https://news.example.com/2024/04/09/ferry'), 'https://news.example.com/2024/04/09/ferry'));
test('"Source: <url>" gives the URL', () => assert.equal(url('Source: https://news.example.com/a.html'), 'https://news.example.com/a.html'));
test('"Read the original at <url>" gives the URL', () => assert.equal(url('Read the original at https://news.example.com/a.'), 'https://news.example.com/a'));
test('a URL inside a sentence is only a link', () => assert.equal(url('The agency posted its report at https://example.gov/report on Monday, along with data tables for every district in the state.'), null));
