/**
 * The termbase check of a translated language (content/i18n/terms.<lang>.yaml): finds forbidden
 * variants in that language's pages (MDX), data texts (the `<lang>:` fields) and UI strings
 * (<lang>.json), and names the file and line of each. Pure functions over strings, so tests can
 * feed them samples; tests/unit/termbase.test.ts runs them for every language with a termbase.
 *
 * Why not textlint with prh rules and textlint-plugin-mdx (tried 2026-12-06: textlint 15.8.0,
 * textlint-rule-prh 6.1.0, textlint-plugin-mdx 1.1.0, the termbase turned into 48 prh rules):
 * - the termbase's patterns only match Vietnamese words after the `\b` rewrite below; as written,
 *   prh missed "đội" at a word's edge and matched "model" glued to a Vietnamese letter;
 * - on the pages it skipped frontmatter titles and descriptions and component props, and missed
 *   phrases split by markup ("các **model**");
 * - no textlint plugin for YAML or JSON is published: the plain-text fallback read keys, ids and
 *   English fields too (1,225 reports where this check finds 2) and cannot skip `{{placeholders}}`;
 * - prh does not normalise to NFC, and its `--fix` would rewrite text it should only report.
 * So it would need the same code as this file around it; textlint alone took 2.4–4.3 s on the
 * pages against this check's 1.8–2.5 s for everything.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Node } from 'yaml';

export const termRules = ['keep', 'translate', 'gloss'] as const;

/** A term: its text in the default language and in the termbase's language (keyed by their
 * tags, e.g. `en:` and `vi:`), how it is rendered, and the variants that must not appear. */
export type Term = Record<string, string | string[] | undefined> & {
  rule: (typeof termRules)[number];
  note?: string;
  forbidden?: string[];
};

/** The two languages of a termbase: the default one (`source`) and the translated one (`target`). */
export interface TermbaseLanguages {
  source: string;
  target: string;
}

export interface Termbase {
  terms: Term[];
  pages?: Record<string, { title: string; short?: string }>;
  'page-forbidden'?: string[];
}

/** One forbidden pattern, compiled; `label` says where it comes from ("team: forbidden"). */
export interface ForbiddenRule {
  label: string;
  pattern: string;
  regex: RegExp;
}

export interface TermProblem {
  file: string;
  line: number;
  match: string;
  label: string;
}

/** Letters (with combining marks, for text in decomposed form), digits and underscore. */
const WORD = '[\\p{L}\\p{M}\\p{N}_]';
const BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
const NON_BOUNDARY = `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;

/**
 * JavaScript's `\b` only knows ASCII word characters, so "\bđội\b" would never match "đội" and
 * "\bmodel\b" would match inside "modelđ". This rewrites each `\b` (and `\B`) outside a character
 * class as lookarounds over Unicode letters, marks, digits and underscore.
 */
export function unicodeWordBoundaries(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      i++;
      if (!inClass && next === 'b') out += BOUNDARY;
      else if (!inClass && next === 'B') out += NON_BOUNDARY;
      else out += c + next;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** Compiles a termbase pattern: case-insensitive, Unicode, Unicode-aware word boundaries. */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(unicodeWordBoundaries(pattern.normalize('NFC')), 'giu');
}

/** Problems with the termbase itself (missing fields, unknown rule, a pattern that does not compile). */
export function validateTermbase(data: unknown, { source, target }: TermbaseLanguages): string[] {
  const problems: string[] = [];
  const tb = data as Partial<Termbase> | null;
  if (!tb || !Array.isArray(tb.terms)) return ['the termbase must have a list "terms"'];
  const seen = new Set<string>();
  tb.terms.forEach((term, i) => {
    const name = term?.[source];
    const where = `terms[${i}]${typeof name === 'string' ? ` "${name}"` : ''}`;
    if (typeof name !== 'string' || !name.trim()) problems.push(`${where}: "${source}" is missing`);
    else if (seen.has(name)) problems.push(`${where}: duplicate term`);
    else seen.add(name);
    const rendering = term?.[target];
    if (typeof rendering !== 'string' || !rendering.trim()) problems.push(`${where}: "${target}" is missing`);
    if (!(termRules as readonly unknown[]).includes(term?.rule))
      problems.push(
        `${where}: "rule" must be one of ${termRules.join(', ')}, not ${JSON.stringify(term?.rule)}`,
      );
    if (term?.forbidden !== undefined && !Array.isArray(term.forbidden))
      problems.push(`${where}: "forbidden" must be a list of patterns`);
    for (const pattern of Array.isArray(term?.forbidden) ? term.forbidden : [])
      problems.push(...patternProblems(`${where} forbidden`, pattern));
  });
  for (const [path, page] of Object.entries(tb.pages ?? {}))
    if (typeof page?.title !== 'string' || !page.title.trim())
      problems.push(`pages "${path}": "title" is missing`);
  for (const pattern of tb['page-forbidden'] ?? [])
    problems.push(...patternProblems('page-forbidden', pattern));
  return problems;
}

function patternProblems(where: string, pattern: unknown): string[] {
  if (typeof pattern !== 'string' || !pattern)
    return [`${where}: ${JSON.stringify(pattern)} is not a pattern`];
  try {
    new RegExp(pattern, 'iu');
    compilePattern(pattern);
    return [];
  } catch (error) {
    return [`${where}: ${JSON.stringify(pattern)} does not compile: ${(error as Error).message}`];
  }
}

/** Every forbidden pattern of the termbase (terms and page names), compiled. */
export function forbiddenRules(tb: Termbase, { source }: Pick<TermbaseLanguages, 'source'>): ForbiddenRule[] {
  return [
    ...tb.terms.flatMap((term) =>
      (term.forbidden ?? []).map((pattern) => ({
        label: `${String(term[source])}: forbidden`,
        pattern,
        regex: compilePattern(pattern),
      })),
    ),
    ...(tb['page-forbidden'] ?? []).map((pattern) => ({
      label: 'old page name: forbidden',
      pattern,
      regex: compilePattern(pattern),
    })),
  ];
}

export function formatProblem(p: TermProblem): string {
  return `${p.file}:${p.line}: "${p.match}" (${p.label})`;
}

/** URLs and paths are not prose: blank them out (keeping the length, so offsets stay valid). */
function blankUrls(text: string): string {
  return text.replace(/\b(?:https?:\/\/|mailto:)[^\s)\]"'<>]+/g, (m) => ' '.repeat(m.length));
}

/**
 * Finds every forbidden variant in `text`. `lineAt(i)` gives the line of the character at index
 * `i` of the text (the text must already be NFC).
 */
function scan(
  file: string,
  text: string,
  rules: ForbiddenRule[],
  lineAt: (index: number) => number,
): TermProblem[] {
  const clean = blankUrls(text);
  const found: { index: number; problem: TermProblem }[] = [];
  for (const rule of rules) {
    rule.regex.lastIndex = 0;
    for (const m of clean.matchAll(rule.regex)) {
      if (!m[0]) continue;
      found.push({
        index: m.index,
        problem: { file, line: lineAt(m.index), match: m[0], label: rule.label },
      });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.problem);
}

/** Checks one text (a data value or a UI string) that starts on `line`. */
export function checkText(file: string, line: number, text: string, rules: ForbiddenRule[]): TermProblem[] {
  const nfc = text.normalize('NFC');
  const lineStarts = [...nfc.matchAll(/\n/g)].map((m) => m.index + 1);
  return scan(file, nfc, rules, (i) => line + lineStarts.filter((s) => s <= i).length);
}

/** Frontmatter fields readers see: checked. Others (keywords, dates, links, icons) are not prose. */
const VISIBLE_FRONTMATTER = [
  /^title$/,
  /^description$/,
  /^hero\.(title|tagline)$/,
  /^hero\.image\.alt$/,
  /^hero\.actions\.\d+\.text$/,
  /^sidebar\.label$/,
];

/** Text in a fenced block, an import/export line or an MDX comment is not prose: blank lines. */
function proseLines(body: string): string[] {
  const lines = body.split('\n');
  let fence: string | null = null;
  let inImport = false;
  const kept = lines.map((line) => {
    if (fence) {
      if (new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = null;
      return '';
    }
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1]!;
      return '';
    }
    if (inImport) {
      if (/\bfrom\s+['"][^'"]*['"];?\s*$/.test(line)) inImport = false;
      return '';
    }
    if (/^(import|export)\s/.test(line)) {
      inImport =
        /^import\s/.test(line) && !/(\bfrom\s+['"][^'"]*['"]|^import\s+['"][^'"]*['"]);?\s*$/.test(line);
      return '';
    }
    return line;
  });
  // {/* ... */} comments (also over several lines), blanked with their length kept.
  return kept
    .join('\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (m) => m.replace(/[^\n]/g, ' '))
    .split('\n');
}

/** Component props readers see; other props (ids, tags, lists of ids) are not prose. */
const VISIBLE_PROPS = new Set(['caption', 'title', 'alt', 'label', 'description', 'summary', 'text']);

/** Markdown syntax that is not words: inline code, link targets, component props, emphasis marks. */
function stripMarkdown(line: string): string {
  return line
    .replace(/(`+)[^`]*?\1/g, ' □ ')
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']')
    .replace(/\b([A-Za-z][\w-]*)=("[^"]*"|'[^']*'|\{[^}]*\})/g, (_, name: string, value: string) =>
      VISIBLE_PROPS.has(name) && !value.startsWith('{') ? ` ${value.slice(1, -1)} ` : ' ',
    )
    .replace(/\*+/g, '')
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '');
}

/** A line that starts a new Markdown block: the text before it does not run on into it. */
const BLOCK_START = /^\s*([-*+]\s|\d+[.)]\s|#|\||<|>|:::)/;

/**
 * Checks an MDX page: the visible frontmatter fields and the prose of the body, skipping fenced
 * blocks (code, mermaid, diagram), import lines, `{/* ... *\/}` comments and URLs. Lines of one
 * paragraph are joined, so a phrase broken over two lines is still found.
 */
export function checkMdx(file: string, source: string, rules: ForbiddenRule[]): TermProblem[] {
  const problems: TermProblem[] = [];
  let body = source;
  let bodyFirstLine = 1;
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (fm) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(fm[1]!, { lineCounter });
    for (const { path, node } of scalarsWithPaths(doc.contents)) {
      if (!VISIBLE_FRONTMATTER.some((re) => re.test(path)) || typeof node.value !== 'string') continue;
      // The frontmatter starts on line 2 of the file, after its opening ---.
      problems.push(...checkScalar(file, fm[1]!, node, lineCounter, 1, rules));
    }
    body = source.slice(fm[0].length);
    bodyFirstLine = fm[0].split('\n').length;
  }
  // Join the prose into paragraphs, remembering the line of each character.
  let text = '';
  const lineOf: number[] = [];
  const push = (s: string, line: number) => {
    text += s;
    for (let k = 0; k < s.length; k++) lineOf.push(line);
  };
  let open = false;
  proseLines(body).forEach((raw, i) => {
    const line = bodyFirstLine + i;
    const words = stripMarkdown(raw.replace(/\r$/, '').normalize('NFC')).replace(/\s+/g, ' ').trim();
    if (!words) {
      if (open) push('\n', line);
      open = false;
      return;
    }
    if (open) push(BLOCK_START.test(raw) ? '\n' : ' ', line);
    push(words, line);
    open = true;
  });
  problems.push(...scan(file, text, rules, (i) => lineOf[i] ?? bodyFirstLine));
  return problems;
}

interface ScalarAt {
  path: string;
  node: { value: unknown; range?: [number, number, number] | null };
}

function scalarsWithPaths(node: unknown, path = ''): ScalarAt[] {
  if (isScalar(node)) return [{ path, node }];
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (isMap(node))
    return node.items.flatMap((pair) =>
      isPair(pair) && isScalar(pair.key) ? scalarsWithPaths(pair.value, join(String(pair.key.value))) : [],
    );
  if (isSeq(node)) return node.items.flatMap((item, i) => scalarsWithPaths(item, join(String(i))));
  return [];
}

/**
 * Checks a YAML string scalar and names the line of each match: where the matched words stand in
 * the source (a folded or multi-line scalar spans several lines), else the scalar's first line.
 */
function checkScalar(
  file: string,
  source: string,
  node: ScalarAt['node'],
  lineCounter: LineCounter,
  lineOffset: number,
  rules: ForbiddenRule[],
): TermProblem[] {
  const [start, end] = node.range ?? [0, source.length];
  const region = source.slice(start, end).normalize('NFC').toLowerCase();
  const firstLine = lineCounter.linePos(start).line + lineOffset;
  return checkText(file, firstLine, String(node.value), rules).map((p) => {
    const at = region.indexOf(p.match.toLowerCase());
    return at < 0
      ? { ...p, line: firstLine }
      : { ...p, line: lineCounter.linePos(start + at).line + lineOffset };
  });
}

/** Checks every text of a language in a data file (under its tag, e.g. `vi:`: a scalar, or each
 * scalar of a list). */
export function checkDataYaml(
  file: string,
  source: string,
  rules: ForbiddenRule[],
  lang: string,
): TermProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const problems: TermProblem[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== lang) return;
      for (const { node } of scalarsWithPaths(pair.value as Node)) {
        if (typeof node.value === 'string')
          problems.push(...checkScalar(file, source, node, lineCounter, 0, rules));
      }
    },
  });
  return problems;
}

/** Checks every value of a flat UI-strings file (<lang>.json), naming the line of its key. */
export function checkUiJson(file: string, source: string, rules: ForbiddenRule[]): TermProblem[] {
  const strings = JSON.parse(source) as Record<string, unknown>;
  const lines = source.split('\n');
  return Object.entries(strings).flatMap(([key, value]) => {
    if (typeof value !== 'string') return [];
    const at = lines.findIndex((l) => l.includes(`${JSON.stringify(key)}:`));
    // Placeholders ({{term}}) are not words.
    return checkText(
      file,
      at + 1,
      value.replace(/\{\{[^}]*\}\}/g, (m) => ' '.repeat(m.length)),
      rules,
    );
  });
}
