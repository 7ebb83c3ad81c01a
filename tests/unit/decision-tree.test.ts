import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/lib/data/load';
import { readData } from '../../src/data/files';
import {
  answer,
  back,
  backTo,
  follow,
  parse,
  progressText,
  remainingQuestions,
  serialize,
  start,
} from '../../src/lib/decision-tree/engine';
import { toEngineTree } from '../../src/lib/decision-tree/from-data';
import { decisionTreeMermaid, wrapLabel } from '../../src/markdown/decision-tree-mermaid';
import { ui } from '../../src/data/ui';
import { locales } from '../../src/config/locales';
import { checkDecisionTree } from '../../src/lib/decision-tree/validate';
import { closedFeaturesNamed } from '../../src/lib/decision-tree/availability';
import { fillTree, tuningFacts } from '../../src/lib/decision-tree/fill';
import { decisionTreeFile } from '../../src/schemas/decision-tree';
import { treePaths } from '../../scripts/bench/tree-paths.mjs';

const load = (file: string) =>
  loadDataFile(file, readFileSync(file, 'utf8'), decisionTreeFile, checkDecisionTree);
const fixture = (name: string) => () => load(`tests/fixtures/decision-tree/${name}.yaml`);
const data = readData('decisionTree');
const tree = toEngineTree(data);

describe('decision-tree engine', () => {
  it('starts at the root and answers move to the next node', () => {
    const s0 = start(tree);
    expect(s0).toEqual({ steps: [], current: 'problem' });
    const s1 = answer(tree, s0, 'genai');
    expect(s1.current).toBe('model-fit');
    expect(s1.steps).toEqual([{ node: 'problem', answer: 'genai' }]);
    expect(() => answer(tree, s1, 'nope')).toThrow('"nope" is not an answer of "model-fit"');
  });

  it('writes the progress line from the state: question number, and the same most questions on every question', () => {
    expect(progressText('Question {{n}} of at most {{m}}', tree, start(tree))).toBe(
      'Question 1 of at most 4',
    );
    expect(progressText('{{n}}/{{m}}', tree, follow(tree, ['predictive']))).toBe('2/4');
    expect(progressText('{{n}}/{{m}}', tree, follow(tree, ['genai', 'adapt', 'full']))).toBe('4/4');
  });

  it('goes back one step and back to any step', () => {
    const s = follow(tree, ['genai', 'adapt', 'full']);
    expect(s.current).toBe('serving');
    expect(back(s).current).toBe('tuning');
    expect(backTo(s, 0)).toEqual(start(tree));
    expect(backTo(s, 1).current).toBe('model-fit');
    expect(back(start(tree))).toEqual(start(tree));
  });

  it('serialises a state to the URL and parses it back', () => {
    const s = follow(tree, ['genai', 'adapt', 'full', 'api']);
    expect(serialize(s)).toBe('genai,adapt,full,api');
    expect(parse(tree, `?answers=${serialize(s)}`)).toEqual({ ok: true, state: s });
    expect(parse(tree, '')).toEqual({ ok: true, state: start(tree) });
  });

  it('turns a malformed or outdated URL into the first question and an error', () => {
    for (const search of [
      '?answers=genai,zzz',
      '?answers=predictive,no,extra',
      '?answers=%3Cscript%3E',
      `?answers=${'x'.repeat(5000)}`,
    ]) {
      const result = parse(tree, search);
      expect(result.ok, search).toBe(false);
      expect(result.state).toEqual(start(tree));
    }
  });

  it('counts the most questions left on any path', () => {
    expect(remainingQuestions(tree, 'problem')).toBe(4);
    expect(remainingQuestions(tree, 'serving')).toBe(1);
    expect(remainingQuestions(tree, 'bedrock')).toBe(0);
  });
});

describe('decision-tree validation names the offending node', () => {
  it('accepts a valid tree', () => expect(fixture('valid')().root).toBe('start'));
  it.each([
    ['dangling-next', 'nodes[0] "start" → answers[1] "b" → field "next": no node "nowhere"'],
    ['cycle', 'nodes[3] "middle": cycle middle → middle2 → middle'],
    ['unreachable', 'nodes[3] "orphan": unreachable from the root "start"'],
    ['one-answer', 'nodes[0] "start" → field "answers": a question needs two or more answers'],
    ['missing-root', 'root: "begin" is not a node'],
    ['dead-end', 'points back to the root "start"'],
  ])('%s', (name, message) => {
    expect(fixture(name)).toThrow(message);
    expect(fixture(name)).toThrow(`tests/fixtures/decision-tree/${name}.yaml`);
  });
});

describe("the sources' scenarios reach the recommendation the sources give", () => {
  const scenarios = readData('scenarios').scenarios.filter((s) =>
    s.set.some((set) => ['when-to-use', 'decision-matrix', 'summary-tree'].includes(set)),
  );

  const outcomeFor = {
    bedrock: ['bedrock', 'agentcore'],
    sagemaker: ['sagemaker'],
    both: ['sagemaker-to-bedrock', 'side-by-side', 'agentcore', 'progression'],
    either: ['bedrock', 'sagemaker'],
  };
  it('every scenario of the scenario table, the decision matrix and the summary tree has its tree paths in scenarios.yaml', () => {
    expect(scenarios.filter((s) => !s.treePaths?.length).map((s) => s.id)).toEqual([]);
  });

  for (const scenario of scenarios) {
    it(`${scenario.id} → ${scenario.choice}`, () => {
      const reached = (scenario.treePaths ?? []).map((path) => {
        const outcome = data.nodes.find((n) => n.id === follow(tree, path).current);
        expect(outcome?.type, `${path.join(',')} ends at an outcome`).toBe('outcome');
        return outcome?.type === 'outcome' ? outcome.recommendation : undefined;
      });
      for (const r of reached) expect(outcomeFor[scenario.choice]).toContain(r);
      if (scenario.choice === 'either') expect(new Set(reached)).toEqual(new Set(['bedrock', 'sagemaker']));
    });
  }

  it('every path that ends with a model of your own asks how it will be served', () => {
    // Answers after which the team has a model of its own (trained, tuned or picked outside
    // Bedrock's list): Custom Model Import may serve it serverless, so the tree must ask.
    const ownModel = ['new-model', 'from-scratch', 'full', 'serverless-tuning', 'not-on-bedrock'];
    const paths = treePaths(tree).filter((path) => path.some((step) => ownModel.includes(step.answer)));
    expect(paths.length).toBeGreaterThan(0);
    const unasked = paths.filter((path) => !path.some((step) => step.node === 'serving'));
    expect(unasked.map((path) => path.map((step) => step.answer).join(','))).toEqual([]);
    expect(follow(tree, ['new-model', 'api']).current).toBe('sagemaker-to-bedrock');
  });
});

describe('every way through the tree, and where it ends', () => {
  // The whole table, as in GOV.UK's smart answers: any change to where an answer leads fails
  // here until the table is changed with it, on purpose.
  const table = {
    'genai,ready,on-bedrock,serverless': 'bedrock',
    'genai,ready,on-bedrock,large-scale': 'start-on-bedrock',
    'genai,ready,on-bedrock,infrastructure': 'sagemaker',
    'genai,ready,on-bedrock,model-ops': 'sagemaker',
    'genai,ready,not-on-bedrock,api': 'sagemaker-to-bedrock',
    'genai,ready,not-on-bedrock,own-endpoints': 'sagemaker',
    'genai,adapt,managed,serverless': 'bedrock',
    'genai,adapt,managed,large-scale': 'start-on-bedrock',
    'genai,adapt,managed,infrastructure': 'sagemaker',
    'genai,adapt,managed,model-ops': 'sagemaker',
    'genai,adapt,serverless-tuning,api': 'sagemaker-to-bedrock',
    'genai,adapt,serverless-tuning,own-endpoints': 'sagemaker',
    'genai,adapt,full,api': 'sagemaker-to-bedrock',
    'genai,adapt,full,own-endpoints': 'sagemaker',
    'genai,from-scratch,api': 'sagemaker-to-bedrock',
    'genai,from-scratch,own-endpoints': 'sagemaker',
    'agents,bedrock-model': 'agentcore',
    'agents,own-model': 'agentcore-own-model',
    'predictive,yes': 'side-by-side',
    'predictive,no': 'sagemaker',
    'new-model,api': 'sagemaker-to-bedrock',
    'new-model,own-endpoints': 'sagemaker',
  };
  const paths = treePaths(tree).map((path) => path.map((step) => step.answer));

  it('each path ends at the outcome the table gives, and no path is missing from it', () => {
    const actual = Object.fromEntries(
      paths.map((answers) => [answers.join(','), follow(tree, answers).current]),
    );
    expect(actual).toEqual(table);
  });

  it('each path takes two to four questions', () => {
    expect(paths.filter((answers) => answers.length < 2 || answers.length > 4)).toEqual([]);
  });

  it('every outcome is reached and lists comparison rows that exist', () => {
    const rowIds = new Set(readData('comparison').rows.map((r) => r.id));
    const outcomes = data.nodes.flatMap((n) => (n.type === 'outcome' ? [n] : []));
    expect(new Set(Object.values(table))).toEqual(new Set(outcomes.map((o) => o.id)));
    expect(
      outcomes.flatMap((o) => o.rows.filter((id) => !rowIds.has(id)).map((id) => `${o.id}: ${id}`)),
    ).toEqual([]);
  });
});

describe('the tree recommends nothing that is closed to new customers', () => {
  const closed = readData('comparison').rows.flatMap((row) => [
    ...(row.bedrock.closedToNew ?? []),
    ...(row.sagemaker.closedToNew ?? []),
  ]);

  it('the comparison marks the closed features', () => {
    expect(closed.length).toBeGreaterThan(0);
  });

  it('no question, answer, reason or outcome in any language names one', () => {
    expect(closedFeaturesNamed(data, closed)).toEqual([]);
  });

  it('the check finds a closed feature named in an outcome', () => {
    const bad = structuredClone(data);
    const outcome = bad.nodes.find((n) => n.type === 'outcome')!;
    if (outcome.type === 'outcome') outcome.summary.en += ` Watch drift with ${closed[0]}.`;
    expect(closedFeaturesNamed(bad, closed)).toEqual([`${outcome.id} summary.en: ${closed[0]}`]);
  });
});

describe('old links', () => {
  const moved = {
    ...tree,
    moved: [
      { from: ['genai', 'old-answer'], to: ['genai', 'ready'] },
      { from: ['gone'], to: [] },
    ],
  };

  it('an answer that moved lands in its new place, and says so', () => {
    expect(parse(moved, '?answers=genai,old-answer,on-bedrock')).toEqual({
      ok: true,
      moved: true,
      state: follow(tree, ['genai', 'ready', 'on-bedrock']),
    });
    expect(parse(moved, '?answers=gone')).toEqual({ ok: true, moved: true, state: start(tree) });
  });

  it('an answer that no longer exists starts again with a message', () => {
    expect(parse(moved, '?answers=genai,never-was')).toMatchObject({
      ok: false,
      error: 'unknown answer "never-was"',
    });
  });

  it("today's links need no move", () => {
    for (const answers of treePaths(tree).map((p) => p.map((s) => s.answer)))
      expect(parse(tree, `?answers=${answers.join(',')}`)).toEqual({
        ok: true,
        state: follow(tree, answers),
      });
  });
});

describe('text filled in from the model data', () => {
  it('lists the models Bedrock can tune and the providers it tunes none of', () => {
    const facts = tuningFacts([
      { name: 'A 1', provider: 'A', customization: [] },
      { name: 'A 2', provider: 'A', customization: [] },
      { name: 'B 1', provider: 'B', customization: ['fine-tuning'] },
      { name: 'B 2', provider: 'B', customization: [] },
      { name: 'C 1', provider: 'C', customization: null },
    ]);
    expect(facts).toEqual({ tunable: ['B 1'], untunable: ['A'] });
  });

  it('fills every placeholder, and names the node and field of one without a value', () => {
    const filled = fillTree(data, {
      en: { tunable: 'X', untunable: 'Y' },
      vi: { tunable: 'X', untunable: 'Y' },
    });
    expect(JSON.stringify(filled)).not.toMatch(/\{\{/);
    expect(() => fillTree(data, { en: {}, vi: {} })).toThrow(
      /decision-tree.yaml "[a-z-]+" [a-z ".-]+\.en: no value for \{\{(tunable|untunable)\}\}/,
    );
  });
});

describe('the whole-tree diagram is generated from the data', () => {
  const parts = decisionTreeMermaid(data, 'en', ui);
  const root = data.nodes.find((n) => n.id === data.root)!;

  it('draws a diagram per branch (large branches split once more), each with its title and description', () => {
    expect(parts.length).toBeGreaterThanOrEqual(root.type === 'question' ? root.answers.length : 0);
    for (const source of parts)
      expect(source).toMatch(/^%%\{init: .+\}%%\nflowchart TB\n {2}accTitle: .+\n {2}accDescr: .+/);
    for (const source of parts) expect(source.match(/^ {2}[\w-]+[[(]"/gm)!.length).toBeLessThanOrEqual(10);
  });

  it('between them, has every node and an arrow for every answer', () => {
    const all = parts.join('\n');
    for (const node of data.nodes) expect(all).toContain(`  ${node.id}`);
    const arrows = new Set(all.match(/^ {2}\S+ -->\|.*\| \S+$/gm));
    const answers = data.nodes.flatMap((n) =>
      n.type === 'question' ? n.answers.map((a) => `${n.id}>${a.next}`) : [],
    );
    const drawn = new Set([...arrows].map((line) => line.replace(/^ {2}(\S+) -->\|.*\| (\S+)$/, '$1>$2')));
    expect(answers.filter((a) => !drawn.has(a))).toEqual([]);
  });

  it('wraps labels between words and never cuts one', () => {
    expect(wrapLabel('Serverless, through one API, with guardrails', 18)).toBe(
      'Serverless,<br/>through one API,<br/>with guardrails',
    );
    expect(wrapLabel('Không, chúng tôi cần huấn luyện', 12)).toBe('Không, chúng<br/>tôi cần huấn<br/>luyện');
    for (const source of locales.flatMap((locale) => decisionTreeMermaid(data, locale, ui)))
      expect(source).not.toContain('…');
  });
});
