// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeMermaid from 'rehype-mermaid';
import starlightLinksValidator from 'starlight-links-validator';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { dataAnchorLinks } from './src/config/data-anchors';
import { buildSidebar } from './src/config/sidebar';
import { site as siteMeta } from './src/config/site';
import rehypeBaseLinks from './src/lib/markdown/base-links';
import rehypeDiagramStyles from './src/lib/markdown/diagram-styles';
import remarkDiagrams from './src/lib/markdown/diagrams';
import remarkGeneratedDiagrams from './src/lib/markdown/generated-diagrams';
import remarkHeadingIds from './src/lib/markdown/heading-ids';
import { searchDelay } from './src/lib/vite/search-delay';
import contentSecurityPolicy from './src/integrations/csp';
import pageExports from './src/integrations/page-exports';
import redirectPages from './src/integrations/redirects';

// Where the site is deployed: SITE_URL is the origin (used for canonical URLs, the sitemap and
// link previews); BASE_PATH is the sub-path, "/" for a domain root or e.g. "/docs/".
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// DIAGRAMS=off skips rehype-mermaid and leaves each diagram as its Mermaid source. Only the
// benchmark (scripts/bench.mjs) sets it, to time what diagram rendering adds to a cold build;
// a build made with it is not a site to publish.
const renderDiagrams = process.env.DIAGRAMS !== 'off';

export default defineConfig({
  // Pages live in ./content/docs. Starlight and its plugins look for them in
  // <srcDir>/content/docs, so srcDir is the project root; code stays in ./src.
  srcDir: '.',
  site,
  base,
  trailingSlash: 'always',
  vite: { plugins: [searchDelay(100)] },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkHeadingIds, remarkGeneratedDiagrams, remarkDiagrams],
      rehypePlugins: [
        ...(renderDiagrams
          ? [
              /** @type {[typeof rehypeMermaid, import('rehype-mermaid').RehypeMermaidOptions]} */ ([
                rehypeMermaid,
                {
                  strategy: 'inline-svg',
                  launchOptions: await chromiumLaunchOptions(),
                  mermaidConfig: { theme: 'neutral', fontFamily: 'system-ui, sans-serif', htmlLabels: false },
                },
              ]),
            ]
          : []),
        rehypeDiagramStyles,
        [rehypeBaseLinks, { base }],
      ],
    }),
  },
  integrations: [
    starlight({
      title: siteMeta.title,
      description: siteMeta.description,
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        vi: { label: 'Tiếng Việt', lang: 'vi' },
      },
      favicon: '/favicon.svg',
      logo: { src: './src/assets/logo.svg', alt: '' },
      lastUpdated: true,
      // Long code lines wrap instead of scrolling, so code blocks need no scroll focus.
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar: buildSidebar('./content/docs'),
      customCss: [
        './src/styles/theme.css',
        './src/styles/diagrams.css',
        './src/styles/tables.css',
        './src/styles/decision-tree.css',
        './src/styles/print.css',
      ],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      pagefind: {
        // Page titles weigh more than body text, so the page that answers a query ranks first.
        ranking: { metaWeights: { title: 8 } },
      },
      // Hero links get the base path; the 404 pages lose links to an address with no file.
      routeMiddleware: './src/route-middleware.ts',
      plugins:
        process.env.CHECK_LINKS === 'false'
          ? []
          : [
              starlightLinksValidator({
                errorOnLocalLinks: false,
                // A Vietnamese page must never link into the English site by accident.
                errorOnInconsistentLocale: true,
                // Row, term and tree anchors are rendered by components from data, which the
                // validator cannot see; links to them are checked against the data instead.
                exclude: dataAnchorLinks(),
              }),
            ],
    }),
    // After the build: Markdown versions and llms.txt, redirect pages, then last a strict CSP
    // per page from the page's own inline code (see src/lib/csp.ts).
    pageExports(),
    redirectPages(),
    contentSecurityPolicy(),
  ],
});
