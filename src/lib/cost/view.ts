/**
 * The calculator's words and numbers for one result, in the page's language: the same function
 * fills the server-rendered default and examples and the island's live output, so the two can
 * never say different things.
 */
import { format } from '../format';
import { chartSvg } from './chart';
import { bedrockAt, compute, sagemakerAt, type Inputs, type Result } from './engine';
import { formats } from './format';

/** The UI strings the view needs (content/i18n/<lang>.json, keys cost.*), templates unfilled. */
export type ViewStrings = Record<
  | 'bedrock'
  | 'sagemaker'
  | 'bedrockShort'
  | 'sagemakerShort'
  | 'parts'
  | 'moreSagemaker'
  | 'lessSagemaker'
  | 'same'
  | 'load'
  | 'overCapacity'
  | 'breakEven'
  | 'noBreakEven'
  | 'noBreakEvenSteps'
  | 'chartTitle'
  | 'chartDesc'
  | 'you'
  | 'evenMark'
  | 'capacity'
  | 'missingPrice'
  | 'missingRate'
  | 'missingTps'
  | 'summary'
  | 'noTokens'
  | 'instanceOne'
  | 'instanceMany',
  string
>;

export interface View {
  result: Result;
  bedrock: string;
  sagemaker: string;
  parts: string;
  difference: string;
  load: string;
  verdict: string;
  chart: string;
  /** The small data table: monthly tokens, Bedrock, SageMaker AI. */
  points: [string, string, string][];
  /** Both totals in one line: the summary kept in view and announced. */
  summary: string;
}

/**
 * The view of inputs some of which are unknown (NaN): what can be priced is, the rest says what
 * to enter. No chart and no comparison until both sides have a figure.
 */
function partialView(i: Inputs, missing: string[], s: ViewStrings, lang: string): View {
  const f = formats(lang);
  const r = compute(i);
  const ask = missing.map(
    (m) => s[m === 'price' ? 'missingPrice' : m === 'rate' ? 'missingRate' : 'missingTps'],
  );
  const bedrock = missing.includes('price') ? '—' : f.money(r.bedrock);
  const sagemaker = missing.includes('rate') || missing.includes('tps') ? '—' : f.money(r.sagemaker);
  return {
    result: r,
    bedrock,
    sagemaker,
    summary: format(s.summary, { bedrock, sagemaker }),
    parts: '',
    difference: ask.join(' '),
    load: '',
    verdict: '',
    chart: '',
    points: [],
  };
}

export function view(
  i: Inputs & { missing?: string[] },
  s: ViewStrings,
  lang: string,
  chartId: string,
): View {
  if (i.missing?.length) return partialView(i, i.missing, s, lang);
  const r = compute(i);
  const f = formats(lang);
  const total = i.tin + i.tout;
  const ratio = f.ratio(r.ratio);
  // "1 instance", "3 instances": the count in words of the page's language.
  const instances = (n: number) =>
    format(new Intl.PluralRules(lang).select(n) === 'one' ? s.instanceOne : s.instanceMany, { n });
  const difference =
    total === 0
      ? format(s.noTokens, { sagemaker: f.money(r.sagemaker) })
      : Math.abs(r.difference) < 0.5
        ? s.same
        : format(r.difference > 0 ? s.moreSagemaker : s.lessSagemaker, {
            amount: f.money(Math.abs(r.difference)),
            ratio: Number.isFinite(r.ratio) ? ratio : '∞',
          });
  const even = r.breakEven;
  const verdict =
    even.tokens !== null
      ? format(s.breakEven, {
          tokens: f.tokens(even.tokens),
          instances: instances(even.instances),
          util: f.percent(even.utilization),
        })
      : format(i.n === null ? s.noBreakEvenSteps : s.noBreakEven, {
          tokens: f.tokens(even.atFull.tokens),
          instances: instances(even.atFull.instances),
          sagemaker: f.money(even.atFull.sagemaker),
          bedrock: f.money(even.atFull.bedrock),
        });
  const load =
    r.utilization > 1
      ? format(s.overCapacity, { n: instances(r.instances), needed: r.needed, tps: f.tokens(i.tps) })
      : format(s.load, { n: instances(r.instances), util: f.percent(r.utilization) });
  const bedrock = f.money(r.bedrock);
  const sagemaker = f.money(r.sagemaker);
  const chart = chartSvg(
    i,
    r,
    {
      title: s.chartTitle,
      desc: format(s.chartDesc, { tokens: f.tokens(total), bedrock, sagemaker, verdict }),
      bedrock: s.bedrockShort,
      sagemaker: s.sagemakerShort,
      you: s.you,
      breakEven: s.evenMark,
      capacity: s.capacity,
      money: f.compactMoney,
      tokens: f.tokens,
    },
    chartId,
  );
  const marks = [total / 10, total, total * 10, ...(even.tokens !== null ? [even.tokens] : [])]
    .filter((x) => x > 0)
    .sort((a, b) => a - b);
  const points = marks.map((x): [string, string, string] => [
    f.tokens(x),
    f.money(bedrockAt(i, x)),
    f.money(sagemakerAt(i, x)),
  ]);
  return {
    result: r,
    bedrock,
    sagemaker,
    summary: format(s.summary, { bedrock, sagemaker }),
    parts: format(s.parts, { compute: f.money(r.compute), people: f.money(r.people) }),
    difference,
    load,
    verdict,
    chart,
    points,
  };
}
