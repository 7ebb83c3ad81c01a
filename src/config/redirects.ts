/**
 * Old and alternative paths that must keep working: each sends the reader to the page that
 * answers it now, keeping any `?query` and `#anchor`. Add a line when a page is renamed; the
 * Vietnamese edition gets the same redirect under /vi/. Paths have no base and no leading slash.
 */
export const redirects: Record<string, string> = {
  'comparison/': 'compare/',
  'feature-comparison/': 'compare/',
  'decision-tree/': 'decide/',
  'which-one/': 'decide/',
  'pricing/': 'cost/',
  'talk-track/': 'sales/talk-track/',
  'faq/': 'sales/faq/',
  'diagrams/': 'architecture/',
};
