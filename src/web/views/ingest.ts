import { api } from '../api.js';
import type { IngestJob } from '../../server/ingest-jobs.js';
import { articleHref, clear, formatNumber, h } from '../dom.js';
import type { Rendered, ViewContext } from '../router.js';
import { collectDropped, type PickedFile } from './dropped-files.js';

const POLL_MS = 300;

function jobNode(job: IngestJob): HTMLElement {
  const p = job.progress;
  const s = job.summary;
  return h('li', { class: `job job-${job.state}`, 'data-job': job.id },
    h('p', {}, h('strong', {}, `${job.files.length} file${job.files.length === 1 ? '' : 's'}`), ` · ${job.state}`, p.current && job.state === 'running' ? ` · ${p.current}` : ''),
    h('progress', { max: Math.max(1, p.bytesTotal), value: p.bytesDone, 'aria-label': `ingest progress of ${job.id}` }),
    h('p', { class: 'meta' }, `${p.filesDone} of ${p.filesTotal} files · ${formatNumber(p.documents)} documents · ${formatNumber(p.articles)} articles`),
    s ? h('p', {}, `${s.documentsAdded} documents added (${s.articlesAdded} articles), ${s.documentsExisting} already stored, ${s.unchanged} files unchanged, ${s.failed} failed, in ${s.seconds.toFixed(1)} s`) : null,
    job.problems.length ? h('ul', { class: 'problems', 'aria-label': 'problems' }, ...job.problems.map((pr) => h('li', { class: pr.severity }, h('strong', {}, `${pr.severity}: `), `${pr.file}: ${pr.reason}`))) : null,
    job.articles.length ? h('ul', { class: 'new-articles', 'aria-label': 'articles from this upload' }, ...job.articles.map((a) => h('li', {}, h('a', { href: articleHref(a.id) }, a.title ?? '(untitled)'), ` ${a.date ?? 'undated'} · ${a.outlet ?? 'no outlet'}`))) : null);
}

/** Drop files or folders; each upload becomes a job whose progress and problems show live. */
export async function ingestView({ signal }: ViewContext): Promise<Rendered> {
  const list = h('ol', { class: 'jobs', 'aria-live': 'polite' });
  const status = h('p', { role: 'status', class: 'status' });
  const draw = (jobs: readonly IngestJob[]) => { clear(list); for (const j of jobs) list.append(jobNode(j)); };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = async () => {
    const { items } = await api.jobs(signal);
    draw(items);
    if (items.some((j) => j.state === 'queued' || j.state === 'running')) timer = setTimeout(() => void poll().catch(() => {}), POLL_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(timer));
  const send = async (files: PickedFile[]) => {
    if (files.length === 0) return;
    status.textContent = `Uploading ${files.length} file${files.length === 1 ? '' : 's'}…`;
    try {
      await api.upload(files);
      status.textContent = 'Uploaded; its progress is below.';
      clearTimeout(timer);
      await poll();
    } catch (error) {
      status.textContent = `Upload failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const picker = (id: string, label: string, folder: boolean) => {
    const input = h('input', { id, type: 'file', multiple: true, ...(folder ? { webkitdirectory: true } : {}) });
    input.addEventListener('change', () => void send([...(input.files ?? [])].map((file) => ({ file, name: file.webkitRelativePath || file.name }))));
    return h('div', { class: 'field' }, h('label', { for: id }, label), input);
  };
  const zone = h('div', { class: 'drop-zone', 'aria-label': 'Drop files or folders here' },
    h('p', {}, 'Drop files or folders here: HTML pages, RSS/Atom feeds, WARC archives, JSONL exports, text dumps (gzip is fine).'),
    picker('pick-files', 'Choose files', false), picker('pick-folder', 'Choose a folder', true));
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); void collectDropped(e.dataTransfer).then(send); });
  await poll();
  return { title: 'Ingest', node: h('section', { class: 'ingest' }, h('h1', { tabindex: -1 }, 'Ingest'), zone, status, h('h2', {}, 'Uploads'), list) };
}
