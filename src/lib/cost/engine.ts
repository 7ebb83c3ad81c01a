/**
 * The cost calculator's arithmetic: Amazon Bedrock on demand (per token) against a SageMaker AI
 * real-time endpoint (per instance-hour), for one month. Pure functions, no DOM: the page renders
 * its worked examples with them at build time and the island recomputes with them in the browser.
 */

/** Everything a result depends on. Token counts are per month; prices in US dollars. */
export interface Inputs {
  /** Input tokens per month. */
  tin: number;
  /** Output tokens per month. */
  tout: number;
  /** Bedrock: USD per 1M input tokens. */
  inPrice: number;
  /** Bedrock: USD per 1M output tokens. */
  outPrice: number;
  /** Share of the tokens sent through batch inference, in percent. */
  batch: number;
  /** Bedrock batch: USD per 1M input and output tokens, or null where the model has no batch price. */
  batchIn: number | null;
  batchOut: number | null;
  /** Share of the on-demand input tokens read from the prompt cache, in percent. */
  cache: number;
  /** Bedrock: USD per 1M input tokens read from the cache, or null where none is priced. */
  cacheIn: number | null;
  /** SageMaker AI: USD per instance-hour. */
  rate: number;
  /** Instances, or null to use as many as the output tokens need. */
  n: number | null;
  /** Sustained output tokens per second one instance delivers. */
  tps: number;
  /** Hours per day the endpoint runs (24 = always on). */
  hours: number;
  /** Discount on the instance-hours (Savings Plans), in percent. */
  disc: number;
  /** People cost per month of running the endpoint, USD. */
  people: number;
}

export type BreakEven =
  | {
      /** Monthly tokens (input + output) at which SageMaker AI first costs no more than Bedrock. */
      tokens: number;
      /** Instances at that volume. */
      instances: number;
      /** How busy those instances are at that volume, 0 to 1. */
      utilization: number;
    }
  | {
      tokens: null;
      /** The volume the comparison was made at: the endpoint's full capacity. */
      atFull: { tokens: number; instances: number; sagemaker: number; bedrock: number };
    };

export interface Result {
  bedrock: number;
  /** SageMaker AI total: instance-hours plus people. */
  sagemaker: number;
  /** The instance-hours part of it. */
  compute: number;
  people: number;
  /** Instances priced (the count set, or the count the volume needs). */
  instances: number;
  /** Instances the output tokens need at the tokens per second given. */
  needed: number;
  derived: boolean;
  /** Endpoint hours in a month. */
  hoursPerMonth: number;
  /** Output tokens per month the priced instances can deliver. */
  capacity: number;
  /** Output tokens asked for ÷ capacity (over 1 means the set count cannot keep up). */
  utilization: number;
  /** SageMaker AI minus Bedrock. */
  difference: number;
  /** SageMaker AI ÷ Bedrock (Infinity when Bedrock costs nothing). */
  ratio: number;
  breakEven: BreakEven;
}

/** Hours in a month for an endpoint up `hours` a day: 24 → 730, AWS's convention. */
export const monthlyHours = (hours: number) => (hours * 365) / 12;

const M = 1e6;

/**
 * Bedrock cost of `tin` input and `tout` output tokens: the batch share at batch prices (where the
 * model has them), the cached share of the other input tokens at the cache-read price (where
 * there is one), the rest on demand.
 */
function bedrockCost(i: Inputs, tin: number, tout: number) {
  const b = i.batchIn !== null && i.batchOut !== null ? i.batch / 100 : 0;
  const c = i.cacheIn !== null ? i.cache / 100 : 0;
  const input = (1 - b) * tin * ((1 - c) * i.inPrice + c * (i.cacheIn ?? 0)) + b * tin * (i.batchIn ?? 0);
  const output = (1 - b) * tout * i.outPrice + b * tout * (i.batchOut ?? 0);
  return (input + output) / M;
}

/** Bedrock cost per token, blended for the input/output mix, the batch and the cache shares. */
const bedrockPerToken = (i: Inputs, outShare: number) => bedrockCost(i, 1 - outShare, outShare);

/** The share of output tokens in the total; an empty workload counts as half and half. */
const outShareOf = (i: Inputs) => (i.tin + i.tout > 0 ? i.tout / (i.tin + i.tout) : 0.5);

/** Monthly Bedrock cost for a total of `tokens` in the workload's input/output mix. */
export function bedrockAt(i: Inputs, tokens: number): number {
  return tokens * bedrockPerToken(i, outShareOf(i));
}

/** Cost of one instance for the month, after the discount. */
const instanceMonth = (i: Inputs) => i.rate * monthlyHours(i.hours) * (1 - i.disc / 100);

/** Total tokens (input + output, in the workload's mix) one instance can serve in a month. */
export function tokensPerInstance(i: Inputs) {
  const share = outShareOf(i);
  const outputs = i.tps * 3600 * monthlyHours(i.hours);
  return share > 0 ? outputs / share : Infinity;
}

/** Instances a monthly total of `tokens` needs: at least one, one more per full instance. */
export function instancesFor(i: Inputs, tokens: number): number {
  const per = tokensPerInstance(i);
  return Math.max(1, Math.ceil(tokens / per - 1e-12));
}

/** Monthly SageMaker AI cost at a total of `tokens`: the steps of the chart. */
export function sagemakerAt(i: Inputs, tokens: number): number {
  const count = i.n ?? instancesFor(i, tokens);
  return count * instanceMonth(i) + i.people;
}

function breakEven(i: Inputs): BreakEven {
  const b = bedrockPerToken(i, outShareOf(i));
  const k = instanceMonth(i);
  const per = tokensPerInstance(i);
  const p = i.people;
  const full = (instances: number) => {
    const tokens = instances * per;
    return { tokens: null, atFull: { tokens, instances, sagemaker: instances * k + p, bedrock: b * tokens } };
  };
  if (i.n !== null) {
    const tokens = b > 0 ? (i.n * k + p) / b : Infinity;
    if (tokens <= i.n * per) return { tokens, instances: i.n, utilization: tokens / (i.n * per) };
    return full(i.n);
  }
  // Added instances: SageMaker AI catches up only if a full instance costs less than Bedrock
  // would for the same tokens; the people cost then takes `count` instances to earn back.
  const margin = b * per - k;
  if (!(margin > 0) || !Number.isFinite(per)) return full(1);
  const count = Math.max(1, Math.ceil(p / margin - 1e-12));
  const tokens = (count * k + p) / b;
  return { tokens, instances: count, utilization: tokens / (count * per) };
}

/** The month's costs for the inputs, the break-even and the endpoint's load. */
export function compute(i: Inputs): Result {
  const total = i.tin + i.tout;
  const bedrock = bedrockCost(i, i.tin, i.tout);
  const needed = instancesFor(i, total);
  const instances = i.n ?? needed;
  const compute = instances * instanceMonth(i);
  const sagemaker = compute + i.people;
  const capacity = instances * i.tps * 3600 * monthlyHours(i.hours);
  return {
    bedrock,
    sagemaker,
    compute,
    people: i.people,
    instances,
    needed,
    derived: i.n === null,
    hoursPerMonth: monthlyHours(i.hours),
    capacity,
    utilization: capacity > 0 ? i.tout / capacity : 0,
    difference: sagemaker - bedrock,
    ratio: bedrock > 0 ? sagemaker / bedrock : Infinity,
    breakEven: breakEven(i),
  };
}
