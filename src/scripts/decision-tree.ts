/**
 * `<decision-tree>`: the tree on /decide/ one question at a time, over the pure engine in
 * src/lib/decision-tree/engine.ts. Every node is already in the HTML (src/components/DecisionTree.astro),
 * so the tree works without JavaScript; this adds the trail, Back and Start over, the answers in
 * the URL, the reasons on the outcome and its copy buttons.
 */
import {
  answer,
  back,
  backTo,
  isOutcome,
  parse,
  progressText,
  QUERY_KEY,
  serialize,
  start,
} from '../lib/decision-tree/engine';
import type { EngineTree, State } from '../lib/decision-tree/engine';

class DecisionTree extends HTMLElement {
  tree!: EngineTree;
  strings!: Record<string, string>;
  state!: State;

  connectedCallback() {
    this.tree = JSON.parse(this.dataset.tree!);
    this.strings = JSON.parse(this.dataset.strings!);
    this.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('popstate', () => this.onPopState());
    this.querySelector('.dt-controls')!.removeAttribute('hidden');
    // Ready before the first render, so the question it may focus is already shown.
    this.dataset.ready = '';
    this.load();
    // History entries made on this page carry their number of answers; the first one is the
    // entry the reader arrived on, which may already hold answers from a shared link.
    this.base = this.state.steps.length;
    history.replaceState({ ...history.state, dtDepth: this.base }, '');
  }

  /** Answers in the entry the reader arrived on: going back further replaces, never pushes. */
  base = 0;
  /** A state to show once a history.go() started by Back or the trail has landed. */
  pending: State | undefined;

  onPopState() {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) {
      history.replaceState({ dtDepth: pending.steps.length }, '', this.urlFor(pending));
      this.render(pending, true);
    } else {
      this.load(this.state);
    }
  }

  node(id: string) {
    return this.querySelector<HTMLElement>(`.dt-node[data-node="${CSS.escape(id)}"]`)!;
  }

  answerLink(step: { node: string; answer: string }) {
    return this.node(step.node).querySelector<HTMLAnchorElement>(
      `[data-answer="${CSS.escape(step.answer)}"]`,
    )!;
  }

  /**
   * Reads the state from the URL; a broken link resets politely. Arriving with answers (a
   * shared link, a reload, the browser's Back) brings the current question or the result to
   * the reader: focus and scroll go there.
   */
  load(previous?: State) {
    const result = parse(this.tree, location.search);
    const notice = this.querySelector<HTMLElement>('.dt-notice')!;
    notice.hidden = result.ok && !result.moved;
    if (!result.ok) {
      notice.textContent = this.strings.reset!;
      const url = new URL(location.href);
      url.searchParams.delete(QUERY_KEY);
      history.replaceState({ dtDepth: 0 }, '', url);
    } else if (result.moved) {
      // An old link: say so, and show the answers' new place in the address.
      notice.textContent = this.strings.moved!;
      history.replaceState({ dtDepth: result.state.steps.length }, '', this.urlFor(result.state));
    }
    let state = result.state;
    // A search result can link straight to a question: show it.
    const target = location.hash.startsWith('#dt-') ? location.hash.slice(4) : '';
    if (result.ok && state.steps.length === 0 && target && this.tree.nodes[target]?.answers) {
      state = { steps: [], current: target };
    }
    const changed = previous ? serialize(previous) !== serialize(state) : state.steps.length > 0;
    this.render(state, changed || (!previous && !!target));
  }

  urlFor(state: State) {
    const url = new URL(location.href);
    url.hash = '';
    const value = serialize(state);
    if (value) url.searchParams.set(QUERY_KEY, value);
    else url.searchParams.delete(QUERY_KEY);
    return url;
  }

  /** An answer: one new history entry, so the browser's Back undoes it. */
  forward(state: State) {
    history.pushState({ dtDepth: state.steps.length }, '', this.urlFor(state));
    this.querySelector<HTMLElement>('.dt-notice')!.hidden = true;
    this.render(state, true);
  }

  /**
   * Back, a step of the trail or Start over: moves back through the entries this page made
   * (so the history does not grow, and the browser's Forward redoes it); before the entry the
   * reader arrived on, that entry is replaced.
   */
  backward(state: State) {
    this.querySelector<HTMLElement>('.dt-notice')!.hidden = true;
    const depth = this.state.steps.length;
    const target = Math.max(state.steps.length, this.base);
    if (target < depth) {
      // Where it lands is then set to exactly this state (an entry in between, such as a
      // jump to a heading of the page, would otherwise count as an answer).
      this.pending = state;
      history.go(target - depth);
      return;
    }
    history.replaceState({ dtDepth: state.steps.length }, '', this.urlFor(state));
    this.render(state, true);
  }

  onClick(event: MouseEvent) {
    const el = event.target as Element;
    const link = el.closest<HTMLAnchorElement>('a.dt-answer');
    if (link) {
      event.preventDefault();
      this.forward(answer(this.tree, this.state, link.dataset.answer!));
      return;
    }
    const step = el.closest<HTMLElement>('[data-step]');
    if (step) return this.backward(backTo(this.state, Number(step.dataset.step)));
    const action = el.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'back') this.backward(back(this.state));
    if (action === 'restart') this.backward(start(this.tree));
    // Both copy buttons: the result's link or its summary, with the site's one "Copied" feedback.
    const copy = el.closest<HTMLButtonElement>('.dt-copy');
    if (copy)
      void import('./copy-text').then(({ copyText }) =>
        copy.classList.contains('dt-copy-summary')
          ? copyText(copy, this.summary())
          : copyText(copy, location.href, this.strings.copied),
      );
  }

  /** The result as plain text: the recommendation, its summary, the reasons, the link. */
  summary() {
    const outcome = this.node(this.state.current);
    const title = outcome.querySelector('h3')!.textContent!.trim();
    const text = outcome.querySelector('h3 + p')!.textContent!.trim();
    const reasons = [...outcome.querySelectorAll('.dt-why li')].map((li) => `- ${li.textContent!.trim()}`);
    const why = outcome.querySelector('.dt-why .dt-subhead')!.textContent!.trim();
    return [
      `${this.strings.result}: ${title}`,
      text,
      reasons.length ? `${why}\n${reasons.join('\n')}` : '',
      location.href,
    ]
      .filter(Boolean)
      .join('\n\n');
  }

  render(state: State, moveFocus: boolean) {
    this.state = state;
    const current = this.node(state.current);
    for (const node of this.querySelectorAll<HTMLElement>('.dt-node'))
      node.classList.toggle('is-current', node === current);
    const done = isOutcome(this.tree, state.current);
    const n = state.steps.length;
    this.querySelector('.dt-progress')!.textContent = done
      ? this.strings.result!
      : progressText(this.strings.progress!, this.tree, state);

    const trail = this.querySelector<HTMLElement>('.dt-trail')!;
    trail.hidden = n === 0;
    trail.querySelector('ol')!.replaceChildren(
      ...state.steps.map((step, i) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.step = String(i);
        const q = document.createElement('span');
        q.className = 'dt-trail-q';
        q.textContent = this.node(step.node).querySelector('h3')!.textContent!.trim();
        const a = document.createElement('span');
        a.className = 'dt-trail-a';
        a.textContent = this.answerLink(step).textContent!.trim();
        button.append(q, a);
        li.append(button);
        return li;
      }),
    );

    if (done) {
      const why = current.querySelector<HTMLElement>('.dt-why')!;
      why.hidden = n === 0;
      why.querySelector('ol')!.replaceChildren(
        ...state.steps.map((step) => {
          const li = document.createElement('li');
          li.textContent = this.answerLink(step).dataset.reason!;
          return li;
        }),
      );
      for (const button of current.querySelectorAll<HTMLElement>('.dt-copy')) button.hidden = false;
    }
    this.querySelector<HTMLButtonElement>('[data-action="back"]')!.disabled = n === 0;
    this.querySelector<HTMLButtonElement>('[data-action="restart"]')!.disabled = n === 0;

    const heading = current.querySelector<HTMLElement>('h3')!;
    if (moveFocus) {
      heading.focus();
      this.querySelector('.dt-live')!.textContent =
        `${this.querySelector('.dt-progress')!.textContent}: ${heading.textContent!.trim()}`;
    }
  }
}
customElements.define('decision-tree', DecisionTree);
