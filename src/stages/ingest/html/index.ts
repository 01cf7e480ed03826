/** The HTML reader: main-content text with a source map back to the raw page, blocks and metadata hints. */
export { readHtml, type HtmlReadResult } from './read-html.js';
export { htmlFragmentToText } from './fragment-to-text.js';
