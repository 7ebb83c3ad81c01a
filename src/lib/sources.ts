/** What a list of sources needs: the page's title and address. */
type Source = { title: string; url: string };

export type SourceGroup = 'bedrock' | 'sagemaker' | 'general';

/** Which service a source is about, from its address (AWS documentation paths name it). */
export function sourceGroup(url: string): SourceGroup {
  const path = url.toLowerCase();
  // Guides that weigh the two services against each other are about both.
  if (/decision-guides|prescriptive-guidance/.test(path)) return 'general';
  if (/bedrock|agentcore|\/nova\//.test(path)) return 'bedrock';
  if (/sagemaker|jumpstart|hyperpod/.test(path)) return 'sagemaker';
  return 'general';
}

export interface BibliographyEntry extends Source {
  /** How many rows, terms, scenarios and pages cite it. */
  count: number;
}

/**
 * Every distinct source (by URL) of the given entries, grouped by service and sorted by
 * title; a URL cited with two titles keeps the first.
 */
export function bibliography(cited: Source[][]): Record<SourceGroup, BibliographyEntry[]> {
  const byUrl = new Map<string, BibliographyEntry>();
  for (const sources of cited) {
    for (const source of sources) {
      const entry = byUrl.get(source.url);
      if (entry) entry.count++;
      else byUrl.set(source.url, { ...source, count: 1 });
    }
  }
  const groups: Record<SourceGroup, BibliographyEntry[]> = { bedrock: [], sagemaker: [], general: [] };
  for (const entry of byUrl.values()) groups[sourceGroup(entry.url)].push(entry);
  // Source titles are the pages' own titles: one order for every language (the root collation).
  const byTitle = new Intl.Collator('und');
  for (const list of Object.values(groups)) list.sort((a, b) => byTitle.compare(a.title, b.title));
  return groups;
}
