import type { Correction } from '../../core/correction.js';
import type { QuoteView } from '../../server/article-view.js';
import { api } from '../api.js';
import { h } from '../dom.js';

const KINDS = ['person', 'organization', 'anonymous', 'document', 'media'];

function describe(c: Correction): string {
  const what = c.kind === 'quote.reject' ? 'marked as not a quote' : `speaker set to ${String(c.value['name'])} (${String(c.value['kind'])})`;
  return `${c.id}: ${what}, ${c.createdAt.slice(0, 16).replace('T', ' ')}${c.note ? ` — “${c.note}”` : ''}`;
}

/**
 * Corrections of one quote, in its evidence panel: change the speaker, mark it as not a quote,
 * and the history with an Undo for each active correction. `changed` re-draws the reader.
 */
export function correctionControls(q: QuoteView, changed: () => void): HTMLElement {
  const status = h('p', { role: 'status', class: 'status' });
  const act = async (run: () => Promise<unknown>) => {
    status.textContent = 'Saving…';
    try { await run(); changed(); } catch (error) { status.textContent = error instanceof Error ? error.message : String(error); }
  };
  const name = h('input', { id: `fix-name-${q.id}`, name: 'name', value: q.speaker?.name ?? '', autocomplete: 'off', required: true, maxlength: 200 });
  const kind = h('select', { id: `fix-kind-${q.id}`, name: 'kind' }, ...KINDS.map((k) => h('option', { value: k, selected: k === (q.speaker?.kind ?? 'person') }, k)));
  const note = h('input', { id: `fix-note-${q.id}`, name: 'note', autocomplete: 'off', maxlength: 1000 });
  const form = h('form', { class: 'correct', 'aria-label': 'Correct this quote', 'on:submit': (e: Event) => {
    e.preventDefault();
    void act(() => api.correct({ kind: 'quote.speaker', target: q.id, value: { name: name.value.trim(), kind: kind.value }, ...(note.value ? { note: note.value } : {}) }));
  } },
    h('div', { class: 'field' }, h('label', { for: name.id }, 'Speaker'), name),
    h('div', { class: 'field' }, h('label', { for: kind.id }, 'Kind'), kind),
    h('div', { class: 'field' }, h('label', { for: note.id }, 'Note (optional)'), note),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, 'Change speaker'),
      h('button', { type: 'button', class: 'secondary', 'on:click': () => void act(() => api.correct({ kind: 'quote.reject', target: q.id, ...(note.value ? { note: note.value } : {}) })) }, 'Not a quote')));
  const history = q.corrections.length === 0 ? null : h('ul', { class: 'corrections', 'aria-label': 'Corrections of this quote' }, ...q.corrections.map((c) => h('li', {},
    describe(c), ' ',
    c.undoneAt === null
      ? h('button', { type: 'button', class: 'secondary small', 'on:click': () => void act(() => api.undoCorrection(c.id)) }, `Undo ${c.id}`)
      : h('span', { class: 'muted' }, `(undone ${c.undoneAt.slice(0, 16).replace('T', ' ')})`))));
  return h('section', { class: 'correction', 'aria-labelledby': `fix-${q.id}` },
    h('h3', { id: `fix-${q.id}` }, q.rejected ? 'Corrected: not a quote' : q.corrected ? 'Corrected speaker' : 'Correct this quote'),
    q.rejected ? h('p', {}, 'A correction says this is not reported speech; it is no longer counted or listed. Undo it below.') : form,
    history, status);
}
