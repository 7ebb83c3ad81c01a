import type { ExpressiveCodePlugin } from '@expressive-code/core';
import type { Element, ElementContent } from 'hast';

/** Every element below `node`, depth first. */
function* elements(node: Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

const asSpan = (el: ElementContent) => {
  if (el.type === 'element' && el.tagName === 'div') el.tagName = 'span';
};

/**
 * An Expressive Code plugin that makes code blocks valid HTML and their copy button named:
 * - Expressive Code writes each line as <div>s inside <code>, which allows only phrasing
 *   content; they become <span>s (its styles select them by class and set their display, so
 *   they look the same);
 * - its copy button is named only by a `title`: it gets the same `aria-label`, an explicit
 *   `type="button"`, and a <span> instead of the <div> that draws its hover background
 *   (styled in src/styles/theme.css).
 */
export function pluginValidMarkup(): ExpressiveCodePlugin {
  return {
    name: 'site-valid-markup',
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        for (const el of elements(renderData.blockAst)) {
          if (el.tagName === 'code') {
            for (const inner of elements(el)) asSpan(inner);
          }
          if (el.tagName === 'button' && el.properties.dataCode !== undefined) {
            el.properties.type = 'button';
            if (typeof el.properties.title === 'string') el.properties.ariaLabel ??= el.properties.title;
            el.children.forEach(asSpan);
          }
        }
      },
    },
  };
}
