import { ApiError } from './api.js';
import { clear, h } from './dom.js';

/** What a view gets: its path parameters, the query string, and a signal aborted on navigation. */
export interface ViewContext {
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  readonly signal: AbortSignal;
}

export interface Rendered {
  readonly title: string;
  readonly node: Node;
}

export type View = (ctx: ViewContext) => Promise<Rendered>;

export interface Route {
  readonly pattern: RegExp;
  readonly view: View;
}

/**
 * A history-API router: every view has its own address, links inside the app change views
 * without a page load, and back/forward re-render the address they land on.
 */
export function startRouter(routes: readonly Route[], main: HTMLElement, notFound: View): { navigate(path: string): void } {
  let current: AbortController | null = null;

  async function render(keepFocus = false): Promise<void> {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const path = location.pathname;
    const route = routes.find((r) => r.pattern.test(path));
    const params = route ? (route.pattern.exec(path)!.slice(1).map((p) => decodeURIComponent(p ?? ''))) : [];
    main.setAttribute('aria-busy', 'true');
    let rendered: Rendered;
    try {
      rendered = await (route?.view ?? notFound)({ params, query: new URLSearchParams(location.search), signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) return;
      rendered = failure(error);
    }
    if (controller.signal.aborted) return;
    clear(main);
    main.appendChild(rendered.node);
    main.removeAttribute('aria-busy');
    document.title = `${rendered.title} · presstrail`;
    markCurrentNav(path);
    if (!keepFocus) (main.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  function navigate(path: string): void {
    history.pushState(null, '', path);
    window.scrollTo(0, 0);
    void render();
  }

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = (event.target as Element | null)?.closest('a');
    if (!a || a.target || a.hasAttribute('download') || a.hasAttribute('data-external')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    if (url.pathname + url.search !== location.pathname + location.search) navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', () => void render());
  // A view that changed the store (a correction) asks to be drawn again at the same address.
  document.addEventListener('presstrail:reload', () => void render(true));
  void render();
  return { navigate };
}

function markCurrentNav(path: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    const target = new URL(a.href).pathname;
    const here = target === '/' ? path === '/' : path.startsWith(target);
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function failure(error: unknown): Rendered {
  const message = error instanceof Error ? error.message : String(error);
  const title = error instanceof ApiError && error.status === 404 ? 'Not found' : 'Something went wrong';
  return { title, node: h('section', { class: 'error' }, h('h1', { tabindex: -1 }, title), h('p', {}, message), h('p', {}, h('a', { href: '/' }, 'Back to the overview'))) };
}
