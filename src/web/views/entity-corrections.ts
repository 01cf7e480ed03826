import type { Correction } from '../../core/correction.js';
import type { EntityView } from '../../server/entity-view.js';
import { entityApi } from '../api.js';
import { clear, entityHref, h } from '../dom.js';

const SUGGEST_MS = 150;

function describe(c: Correction): string {
  const v = c.value as Record<string, unknown>;
  const what = c.kind === 'entity.merge' ? `merged “${String((v['other'] as { name?: string } | undefined)?.name ?? '?')}” into “${String(v['entity'])}”`
    : c.kind === 'entity.split' ? `split ${(v['aliases'] as string[] | undefined ?? []).map((a) => `“${a}”`).join(', ')} off “${String(v['entity'])}”${v['name'] ? ` as “${String(v['name'])}”` : ''}`
      : `renamed “${String(v['entity'])}” to “${String(v['name'])}”`;
  return `${c.id}: ${what}, ${c.createdAt.slice(0, 16).replace('T', ' ')}${c.note ? ` — “${c.note}”` : ''}`;
}

/** After a correction the entity may have a new id: show it at the address it has now (replacing this one, so Back skips the stale id). */
function follow(entity: string | null | undefined): void {
  history.replaceState(null, '', entity ? entityHref(entity) : '/entities');
  document.dispatchEvent(new CustomEvent('presstrail:reload'));
}

function field(id: string, label: string, input: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

/** Suggestions for the merge box: entities whose names contain what was typed (value: the id). */
function suggest(input: HTMLInputElement, list: HTMLDataListElement, self: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (input.value.trim().length < 2 || /^e_[0-9a-f]{16}$/.test(input.value)) return;
      void entityApi.entities({ q: input.value, limit: 8 }).then((r) => {
        clear(list);
        for (const e of r.items) if (e.id !== self) list.append(h('option', { value: e.id, label: `${e.name} (${e.kind}, ${e.mentions} mentions)` }));
      }).catch(() => {});
    }, SUGGEST_MS);
  });
}

/**
 * Corrections of an entity: rename it, merge another into it, split aliases off; and the history,
 * with an Undo for each active one. Each is stored as a correction and the entities step runs at once.
 */
export function entityCorrections(v: EntityView): HTMLElement {
  const e = v.entity;
  const status = h('p', { role: 'status', class: 'status' });
  const act = async (run: () => Promise<{ entity?: string | null }>) => {
    status.textContent = 'Saving and regrouping…';
    try { follow((await run()).entity); } catch (error) { status.textContent = error instanceof Error ? error.message : String(error); }
  };
  const note = h('input', { id: 'ec-note', autocomplete: 'off', maxlength: 1000 });
  const noteValue = () => note.value.trim() || undefined;
  const newName = h('input', { id: 'ec-name', value: e.name, autocomplete: 'off', required: true, maxlength: 200 });
  const other = h('input', { id: 'ec-other', list: 'ec-other-list', autocomplete: 'off', required: true, maxlength: 200, placeholder: 'a name or e_… id' });
  const list = h('datalist', { id: 'ec-other-list' });
  suggest(other, list, e.id);
  const splitName = h('input', { id: 'ec-split-name', autocomplete: 'off', maxlength: 200, placeholder: 'default: the first alias' });
  const boxes = e.aliases.map((a, i) => h('input', { type: 'checkbox', id: `ec-alias-${i}`, value: a.name }));
  const submit = (run: () => Promise<{ entity?: string | null }>) => (ev: Event) => { ev.preventDefault(); void act(run); };
  const history = v.corrections.length === 0 ? h('p', { class: 'muted' }, 'No corrections yet.') : h('ul', { class: 'corrections', 'aria-label': 'Corrections of this entity' }, ...v.corrections.map((c) => h('li', {},
    describe(c), ' ',
    c.undoneAt === null
      ? h('button', { type: 'button', class: 'secondary small', 'on:click': () => void act(() => entityApi.undo(c.id)) }, `Undo ${c.id}`)
      : h('span', { class: 'muted' }, `(undone ${c.undoneAt.slice(0, 16).replace('T', ' ')})`))));
  return h('section', { class: 'correction entity-correction', 'aria-labelledby': 'ec-title' },
    h('h2', { id: 'ec-title' }, 'Correct this entity'),
    h('p', { class: 'muted' }, 'Corrections are kept apart from the documents, survive re-processing, and can be undone.'),
    field('ec-note', 'Note (optional, kept with the correction)', note),
    h('form', { class: 'correct', 'aria-label': 'Rename', 'on:submit': submit(() => entityApi.rename(e.id, newName.value.trim(), noteValue())) },
      field('ec-name', 'Shown name', newName), h('button', { type: 'submit' }, 'Rename')),
    h('form', { class: 'correct', 'aria-label': 'Merge', 'on:submit': submit(() => entityApi.merge(e.id, other.value.trim(), noteValue())) },
      field('ec-other', 'The same referent as', other), list, h('button', { type: 'submit' }, 'Merge into this entity')),
    e.aliases.length > 1 ? h('form', { class: 'correct', 'aria-label': 'Split', 'on:submit': submit(() => entityApi.split(e.id, boxes.filter((b) => b.checked).map((b) => b.value), splitName.value.trim() || undefined, noteValue())) },
      h('fieldset', { class: 'aliases-split' }, h('legend', {}, 'Names that are someone else'),
        ...boxes.map((b, i) => h('span', { class: 'check' }, b, h('label', { for: b.id }, e.aliases[i]!.name)))),
      field('ec-split-name', 'Their name', splitName), h('button', { type: 'submit' }, 'Split off')) : null,
    h('h3', {}, 'History'), history, status);
}
