// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { dataAnchorLinks } from './src/config/data-anchors';
import { buildSidebar } from './src/config/sidebar';
import { defaultLocale, localeConfig, locales, starlightLocales } from './src/config/locales';
import rehypeBaseLinks from './src/markdown/base-links';
import rehypeTableCards from './src/markdown/table-cards';
import rehypeDiagramStyles from './src/markdown/diagram-styles';
import remarkDiagrams from './src/markdown/diagrams';
import remarkGeneratedDiagrams from './src/markdown/generated-diagrams';
import remarkHeadingIds from './src/markdown/heading-ids';
import remarkPageSources from './src/markdown/page-sources';
import remarkUpdatedSections from './src/markdown/updated-sections';
import rehypeRenderDiagrams, { diagramMode } from './src/markdown/render-diagrams';
import { ui } from './src/data/ui';
import { readData } from './src/data/files';
import { recentChanges } from './src/lib/changes';
import { pagefindOptions } from './src/config/search';
import { pluginValidMarkup } from './src/lib/expressive-code/valid-markup';
import { pluginFramesTexts } from '@astrojs/starlight/expressive-code';
import afterBuild from './src/integrations/after-build';
import { searchStylesheetAlias, starlightSearchScript } from './src/integrations/starlight-search';
import { repositoryUrl } from './src/config/repository';
import { isLocalOrigin, siteDate, siteOrigin } from './src/config/site';

// Where the site is deployed: SITE_URL is the origin (used for canonical URLs, the sitemap and
// link previews), required by `astro build`; BASE_PATH is the sub-path, "/" for a domain root
// or e.g. "/docs/".
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const site = siteOrigin(process.env, command);
if (command === 'build' && isLocalOrigin(site)) {
  console.log(
    `Building for local preview: every absolute link points at ${site}. Set SITE_URL to build for a host.`,
  );
}
const base = process.env.BASE_PATH || '/';
// Code blocks' copy button speaks the page's language, from the UI strings.
for (const l of locales) {
  pluginFramesTexts.addLocale(localeConfig[l].lang, {
    copyButtonTooltip: ui(l, 'code.copy'),
    copyButtonCopied: ui(l, 'code.copied'),
    terminalWindowFallbackTitle: ui(l, 'code.terminal'),
  });
}
// REPO_URL, if set, adds "Report a mistake" to every page; a bad value fails here, at once.
repositoryUrl();
// DIAGRAMS=off skips rehype-mermaid and leaves each diagram as its Mermaid source. Only the
// benchmark (scripts/bench.mjs) sets it, to time what diagram rendering adds to a cold build;
// a build made with it is not a site to publish.
const renderDiagrams = process.env.DIAGRAMS !== 'off';
// What the Markdown plugins need, read here once: the UI strings, the decision tree (drawn as a
// diagram) and the recent change of each section ("Updated" notes). No plugin reads a file.
const strings = ui;
const recent = recentChanges(readData('changes').changes, siteDate(process.env));

export default defineConfig({
  // Pages live in ./content/docs. Starlight and its plugins look for them in
  // <srcDir>/content/docs, so srcDir is the project root; code stays in ./src.
  srcDir: '.',
  site,
  base,
  trailingSlash: 'always',
  vite: {
    plugins: [
      {
        // Scripts loaded on first use (search, copying, the handout, the diagram viewer) import
        // only chunks every page has already loaded, so Vite's preload helper (0.9 KB gzip on
        // every page) would preload nothing. Astro sets the option itself, so it is set here,
        // for the browser's build only.
        name: 'site:no-module-preload',
        configEnvironment(name, config) {
          if (name === 'client') config.build = { ...config.build, modulePreload: false };
        },
      },
      // Starlight's search box is used as it is, but for its script and the Pagefind UI's
      // stylesheet (why: src/components/overrides/Search.astro).
      starlightSearchScript(),
    ],
    resolve: {
      alias: [
        // Starlight's table of contents is used as it is, but for its script: the site's lighter
        // one stands in for it (why, and the Starlight version it follows: the module's header).
        {
          find: /^.*\/components-internals\/TableOfContents\/starlight-toc(\.js)?$/,
          replacement: fileURLToPath(new URL('./src/scripts/starlight-toc.ts', import.meta.url)),
        },
        searchStylesheetAlias,
      ],
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkHeadingIds,
        [remarkUpdatedSections, { recent, strings }],
        [remarkPageSources, { strings }],
        [remarkGeneratedDiagrams, { decisionTree: readData('decisionTree'), strings }],
        [remarkDiagrams, { strings }],
      ],
      rehypePlugins: [
        // Chromium is looked up only when a page has a diagram: the config loads without it.
        ...(renderDiagrams
          ? [
              /** @type {[typeof rehypeRenderDiagrams, import('./src/markdown/render-diagrams').RenderDiagramsOptions]} */ ([
                rehypeRenderDiagrams,
                {
                  mermaidConfig: { theme: 'neutral', fontFamily: 'system-ui, sans-serif', htmlLabels: false },
                  strings,
                },
              ]),
            ]
          : []),
        rehypeDiagramStyles,
        rehypeTableCards,
        [rehypeBaseLinks, { base }],
      ],
    }),
  },
  integrations: [
    diagramMode(),
    starlight({
      // The site's name and languages: UI strings in content/i18n/, languages in src/config/locales.ts.
      title: Object.fromEntries(locales.map((l) => [localeConfig[l].lang, ui(l, 'site.title')])),
      description: ui(defaultLocale, 'site.description'),
      defaultLocale: 'root',
      locales: starlightLocales,
      favicon: '/favicon.svg',
      logo: { src: './src/assets/logo.svg', alt: '' },
      lastUpdated: true,
      // Long code lines wrap instead of scrolling, so code blocks need no scroll focus.
      expressiveCode: { defaultProps: { wrap: true }, plugins: [pluginValidMarkup()] },
      sidebar: buildSidebar('./content/docs'),
      customCss: [
        './src/styles/theme.css',
        './src/styles/diagrams.css',
        './src/styles/tables.css',
        './src/styles/print.css',
      ],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Footer: './src/components/overrides/Footer.astro',
        Search: './src/components/overrides/Search.astro',
        MobileMenuToggle: './src/components/overrides/MobileMenuToggle.astro',
        LastUpdated: './src/components/overrides/LastUpdated.astro',
      },
      pagefind: pagefindOptions,
      // Hero links get the base path; the 404 pages lose links to an address with no file.
      routeMiddleware: './src/route-middleware.ts',
      plugins:
        process.env.CHECK_LINKS === 'false'
          ? []
          : [
              starlightLinksValidator({
                errorOnLocalLinks: false,
                // A translated page must never link into the default language's pages by accident.
                errorOnInconsistentLocale: true,
                // A page not yet translated is shown in the default language (Starlight's fallback),
                // so a link to it from its language works while a new language is being written.
                errorOnFallbackPages: false,
                // Row, term and tree anchors are rendered by components from data, which the
                // validator cannot see; links to them are checked against the data instead.
                exclude: dataAnchorLinks(),
              }),
            ],
    }),
    // After the build, in the order src/integrations/after-build.ts gives: Markdown versions
    // and llms.txt, redirect pages, _headers, a strict CSP per page, then the PDF downloads.
    afterBuild(),
  ],
});
