/**
 * Which pages may back a claim, in one place. A source's `kind` must match its address,
 * and some addresses are never suitable: a product or marketing page states no specific
 * fact, and one language SDK's reference is not where AWS documents an API.
 * Pure data and functions: the schema in ./sources.ts applies them.
 */

export const sourceKinds = [
  'documentation',
  'api-reference',
  'pricing',
  'announcement',
  'blog',
  'third-party',
] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** Addresses that never back a claim, each with the reason the build gives. */
export const unsuitableSources: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern:
      /^https:\/\/docs\.aws\.amazon\.com\/(sdk-for-[a-z0-9-]+|AWSJavaScriptSDK|sdkfornet|sdk-for-go)\//i,
    why: "one language SDK's reference; cite the service's API reference instead",
  },
  {
    pattern: /^https:\/\/(boto3|sdk)\.amazonaws\.com\//i,
    why: "one language SDK's reference; cite the service's API reference instead",
  },
  {
    pattern: /\/getting-started(\/|\.html|\.md|$)/i,
    why: 'a getting-started page; cite the documentation page that states the fact',
  },
  {
    // aws.amazon.com outside pricing, announcements and blogs: product and marketing pages.
    pattern:
      /^https:\/\/aws\.amazon\.com\/(?!about-aws\/whats-new\/|blogs\/|calculator\/|(?:[^/?#]+\/)+pricing\/)/i,
    why: 'a product or marketing page; cite the documentation, pricing page or announcement that states the fact',
  },
];

/** The kind an address is, or undefined for an address outside AWS (a third party). */
export function kindOfUrl(url: string): Exclude<SourceKind, 'third-party'> | undefined {
  if (/^https:\/\/docs\.aws\.amazon\.com\/(.+\/)?(APIReference|goto\/WebAPI)\//.test(url))
    return 'api-reference';
  if (/^https:\/\/docs\.aws\.amazon\.com\//.test(url)) return 'documentation';
  if (/^https:\/\/aws\.amazon\.com\/about-aws\/whats-new\//.test(url)) return 'announcement';
  if (/^https:\/\/aws\.amazon\.com\/blogs\//.test(url)) return 'blog';
  if (/^https:\/\/aws\.amazon\.com\/((.+\/)?pricing\/|calculator\/)/.test(url)) return 'pricing';
  // AWS's own documentation on other hosts: China Regions, Neuron, the docs' sources.
  if (
    /^https:\/\/(docs\.amazonaws\.cn|awsdocs-neuron\.readthedocs-hosted\.com|github\.com\/awsdocs)\//.test(
      url,
    )
  ) {
    return 'documentation';
  }
  return undefined;
}

/** Why a source is unsuitable, or undefined when it may back a claim. */
export function sourceProblem(source: {
  url: string;
  kind: SourceKind;
  why?: string | undefined;
}): string | undefined {
  const unsuitable = unsuitableSources.find((rule) => rule.pattern.test(source.url));
  if (unsuitable) return `${source.url} is ${unsuitable.why}`;
  const actual = kindOfUrl(source.url);
  if (source.kind === 'third-party') {
    if (actual) return `${source.url} is an AWS page (${actual}), not a third party`;
    if (!source.why) return `${source.url} is a third-party source: add a why saying what no AWS page states`;
    return undefined;
  }
  if (!actual) return `${source.url} is not an AWS page: give it kind: third-party and a why`;
  if (actual !== source.kind) return `${source.url} is kind ${actual}, not ${source.kind}`;
  return undefined;
}

/** Words in a source's address that show which service it documents. */
export const serviceUrlWords = {
  bedrock: /bedrock|\/nova\//i,
  sagemaker: /sagemaker/i,
} as const;
