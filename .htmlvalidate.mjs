// html-validate settings for the built site (`npm run test:html` checks every page in dist/).
// The recommended rules apply; each change below says why it is safe.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Style only: Astro writes void elements as <meta/>, Markdown writes <img>; both are valid.
    'void-style': 'off',
    // Style only: role="presentation" and role="none" mean the same; Starlight's tabs use the first.
    'presentation-role-style': 'off',
    // HTML allows any id without spaces. Starlight gives every page's h1 id="_top", the target of
    // its skip link and of the "Overview" entry of "On this page"; the link crawl checks those.
    'valid-id': ['error', { relaxed: true }],
    // role="list" on a list styled without bullets is deliberate: WebKit drops list semantics when
    // list-style is none (Starlight's <Steps>). Other redundant roles are still reported.
    'no-redundant-role': ['error', { exclude: ['list'] }],
    // Starlight's search dialog resets its padding inline. Inline styles are still allowed only by
    // hash in each page's Content-Security-Policy; any other inline property is still reported.
    'no-inline-style': ['error', { allowedProperties: ['display', 'padding'] }],
    // Starlight renders "On this page" twice (one list for narrow, one for wide screens; CSS shows
    // exactly one) and its right sidebar is an unnamed <aside>. This rule cannot see which is
    // displayed; axe checks landmark names on the rendered page at both widths
    // (tests/e2e/all-pages.spec.ts), where they are unique.
    'unique-landmark': 'off',
  },
};
