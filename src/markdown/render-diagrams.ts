import type { Element, Root } from 'hast';
import type { AstroIntegration } from 'astro';
import rehypeMermaid, { type RehypeMermaidOptions } from 'rehype-mermaid';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localeOfFile } from '../config/i18n';
import type { UiStrings } from './strings';
// The one Chromium lookup, shared with scripts/ensure-chromium.mjs and playwright.config.ts.
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

type Mode = 'build' | 'dev' | 'preview' | 'sync';

export interface RenderDiagramsOptions {
  mermaidConfig: NonNullable<RehypeMermaidOptions['mermaidConfig']>;
  /** Where to look for Chromium; the default is the one lookup in scripts/chromium.mjs. */
  findBrowser?: () => Promise<string | undefined>;
  /** What Astro is doing; set by the `diagramMode` integration below. */
  state?: { mode: Mode };
  /** The UI strings (for the note on a diagram left unrendered in dev). */
  strings: UiStrings;
}

/** The shared state: the integration writes the command, the plugin reads it. */
export const diagramState: { mode: Mode } = { mode: 'build' };

/** Tells the diagram renderer whether this is a build (Chromium required) or dev. */
export function diagramMode(): AstroIntegration {
  return {
    name: 'site:diagram-mode',
    hooks: {
      'astro:config:setup': ({ command }) => {
        diagramState.mode = command;
      },
    },
  };
}

const isMermaid = (node: Element) =>
  node.tagName === 'pre' && ([] as unknown[]).concat(node.properties.className).includes('mermaid');

/** Replaces an unrendered diagram with its source in a marked box (dev without Chromium only). */
function fallbackBox(pre: Element, file: VFile, ui: UiStrings): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['diagram-unrendered'] },
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          {
            type: 'text',
            value: ui(localeOfFile(file.path), 'diagram.notRendered'),
          },
        ],
      },
      { ...pre, properties: {} },
    ],
  };
}

/**
 * Renders each Mermaid diagram to inline SVG with rehype-mermaid, looking for Chromium only
 * when a page actually has a diagram (so loading the config, `astro check` and pages without
 * diagrams need no browser). Without Chromium a build fails naming the file; `astro dev` shows
 * each diagram's source in a marked box and prints one warning.
 */
export default function rehypeRenderDiagrams(options: RenderDiagramsOptions) {
  const state = options.state ?? diagramState;
  const find = options.findBrowser ?? findChromium;
  let lookup: Promise<{ path?: string; problem?: string }> | undefined;
  let renderer: Processor<undefined, Root, Root, undefined, undefined> | undefined;
  let warned = false;

  return async (tree: Root, file: VFile) => {
    const diagrams: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (isMermaid(node)) diagrams.push(node);
    });
    if (!diagrams.length) return;

    lookup ??= find().then(
      (path) => (path ? { path } : { problem: 'no Chromium was found' }),
      (error: Error) => ({ problem: error.message.replace(/\.$/, '') }),
    );
    const browser = await lookup;
    if (!browser.path) {
      if (state.mode !== 'dev') {
        file.fail(
          `Cannot render ${diagrams.length} diagram(s): ${browser.problem}. ` +
            'Run `npm run setup:chromium` or set CHROME_PATH to a Chromium binary.',
        );
      }
      if (!warned) {
        warned = true;
        console.warn(
          `[diagrams] ${browser.problem}: diagrams are shown as their source. ` +
            'Run `npm run setup:chromium` to render them.',
        );
      }
      visit(tree, 'element', (node: Element, index, parent) => {
        if (isMermaid(node) && parent && index !== undefined)
          parent.children[index] = fallbackBox(node, file, options.strings);
      });
      return;
    }
    renderer ??= unified().use(rehypeMermaid, {
      strategy: 'inline-svg',
      launchOptions: { executablePath: browser.path, args: chromiumArgs },
      mermaidConfig: options.mermaidConfig,
    });
    await renderer.run(tree, file);
  };
}
