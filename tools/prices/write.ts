/**
 * Text of the files `prices:update` writes: prices.yaml with one line per figure (so a review
 * reads one changed line per changed price), and a dated entry for changes.yaml in every
 * language of the site. Pure: the caller reads and writes the files.
 */
import { isMap, isSeq, Document } from 'yaml';
import type { Prices } from '../../src/schemas/prices.ts';
import type { Move } from './merge.ts';

const HEADER = `# Prices for the cost calculator (/cost/calculator/), in US dollars: tokens per 1M, instances per hour.
# Written by \`npm run prices:update\` from AWS's public Price List; review its diff before you merge.
# A figure with \`sku\` was read from the Price List file of its offer and Region listed in \`files\`
# (URL, version, publicationDate, sha256, day read); \`since\` is the day that value was first read.
# A figure with \`hand\` was entered by hand from the AWS page named there, on the day \`read\`,
# and is replaced when the Price List has it. \`history\` keeps earlier values, newest first.
`;

/** prices.yaml: the header, then every field, lists one entry a line. */
export function pricesYaml(data: Prices): string {
  const doc = new Document(data);
  const root = doc.contents;
  if (isMap(root)) {
    for (const pair of root.items) {
      const value = pair.value;
      if (isSeq(value)) for (const item of value.items) if (isMap(item) || isSeq(item)) item.flow = true;
      if (isMap(value)) value.flow = true;
    }
  }
  return HEADER + doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

export interface ChangeText {
  title: string;
  /** Template with {{count}} and {{list}}. */
  summary: string;
  /** One moved / new / gone figure: {{what}}, {{from}}, {{to}}. */
  moved: string;
  new: string;
  gone: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/**
 * The changes.yaml entry for the moves that change what a reader sees (moved, new, gone), or
 * null when there are none. `describe` names a figure in a language; `money` writes an amount.
 */
export function changeEntry(options: {
  id: string;
  date: string;
  moves: Move[];
  texts: Record<string, ChangeText>;
  describe: (locale: string, figure: Move['figure']) => string;
  money: (locale: string, usd: number) => string;
  sources: { title: string; url: string; kind: string }[];
  limit?: number;
}): string | null {
  const { id, date, moves, texts, describe, money, sources, limit = 12 } = options;
  const shown = moves.filter((m) => m.type === 'moved' || m.type === 'new' || m.type === 'gone');
  if (!shown.length) return null;
  const per = (locale: string) => {
    const t = texts[locale]!;
    const lines = shown.slice(0, limit).map((m) =>
      fill(t[m.type as 'moved' | 'new' | 'gone'], {
        what: describe(locale, m.figure),
        from: m.type === 'moved' ? money(locale, m.from) : '',
        to: money(locale, m.figure.usd),
      }),
    );
    const more = shown.length > limit ? ` (+${shown.length - limit})` : '';
    return {
      title: fill(t.title, { count: shown.length }),
      summary: fill(t.summary, { count: shown.length, list: lines.join('; ') + more }),
    };
  };
  const locales = Object.keys(texts);
  const q = (s: string) => JSON.stringify(s);
  const field = (name: 'title' | 'summary') =>
    `{ ${locales.map((l) => `${l}: ${q(per(l)[name])}`).join(', ')} }`;
  return [
    `  - id: ${id}`,
    `    date: ${date}`,
    `    title: ${field('title')}`,
    `    summary: ${field('summary')}`,
    `    affects: [/cost/calculator/]`,
    `    sources:`,
    ...sources.map((s) => `      - { title: ${q(s.title)}, url: ${q(s.url)}, kind: ${s.kind} }`),
    '',
  ].join('\n');
}

/** changes.yaml with `entry` first in its list (the file keeps the newest first). */
export function withChange(changesText: string, entry: string): string {
  const at = changesText.search(/^changes:\s*\n/m);
  if (at < 0) throw new Error('changes.yaml has no "changes:" list');
  const end = changesText.indexOf('\n', at) + 1;
  return `${changesText.slice(0, end)}${entry}\n${changesText.slice(end)}`;
}
