import { describe } from 'node:test';
import { articlesContract } from './contract/articles-contract.js';
import { documentsContract } from './contract/documents-contract.js';
import { searchContract } from './contract/search-contract.js';
import { quotesContract, replaceContract } from './contract/quotes-contract.js';
import { entitiesContract } from './contract/entities-contract.js';
import { correctionsContract } from './contract/corrections-contract.js';
import { quoteTextContract } from './contract/quote-text-contract.js';
import { importContract } from './contract/import-contract.js';
import { headlinesContract } from './contract/headlines-contract.js';
import { copiesContract } from './contract/copies-contract.js';
import type { Store } from './store.js';

/**
 * The behaviour every Store must show, as node:test tests. A backend's test file calls this
 * with a function that opens a fresh, empty store; each test opens its own and closes it.
 */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    describe('documents', () => documentsContract(open));
    describe('listing articles', () => articlesContract(open));
    describe('full-text search', () => searchContract(open));
    describe('quotes and speakers', () => quotesContract(open));
    describe('re-processing a document', () => replaceContract(open));
    describe('quote text search', () => quoteTextContract(open));
    describe('entities', () => entitiesContract(open));
    describe('corrections', () => correctionsContract(open));
    describe('import', () => importContract(open));
    describe('headline checks', () => headlinesContract(open));
    describe('the copy index', () => copiesContract(open));
  });
}
