/**
 * What a deployment is made from: the built site, the base it was built for, and the optional
 * custom domain and price class. Each setting comes from an environment variable or, where
 * named, from CDK context (`cdk.json`, or `-c key=value` on the command line); the environment
 * wins. A bad value stops synthesis with the setting named.
 */
import { isAbsolute, resolve } from 'node:path';

export const priceClasses = ['PriceClass_100', 'PriceClass_200', 'PriceClass_All'] as const;
export type PriceClassName = (typeof priceClasses)[number];

export interface SiteSettings {
  /** CloudFormation stack name. */
  stackName: string;
  /** Absolute path of the built site. */
  distDir: string;
  /** The site's base path, with both slashes: "/" or "/docs/". */
  base: string;
  /** Custom domain, e.g. "docs.example.com"; needs `certificateArn`. */
  domainName?: string;
  /** ACM certificate for `domainName`, in us-east-1 (CloudFront reads certificates only there). */
  certificateArn?: string;
  priceClass: PriceClassName;
}

/** The deploy/ folder, whatever the working directory. */
export const deployDir = resolve(import.meta.dirname, '..');

/** "/docs" → "/docs/", "docs/" → "/docs/", "" → "/": the form Astro's `base` ends up in. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** "100", "PriceClass_100", "all" → the CloudFront name. */
export function normalizePriceClass(value: string | undefined): PriceClassName {
  if (!value) return 'PriceClass_100';
  const short = value.replace(/^PriceClass_/i, '').toLowerCase();
  const found = priceClasses.find((name) => name.replace('PriceClass_', '').toLowerCase() === short);
  if (!found) {
    throw new Error(`PRICE_CLASS "${value}" is not one of 100, 200 or All`);
  }
  return found;
}

type Env = Record<string, string | undefined>;
type Context = (key: string) => unknown;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * The settings, from the environment and CDK context. `DIST_DIR` is taken relative to the folder
 * the command was started in (npm keeps it in INIT_CWD), so `DIST_DIR=dist npm run deploy:synth`
 * at the project root means the project's dist/.
 */
export function siteSettings(env: Env, context: Context = () => undefined): SiteSettings {
  const startedIn = env.INIT_CWD ?? process.cwd();
  const distDir = env.DIST_DIR
    ? isAbsolute(env.DIST_DIR)
      ? env.DIST_DIR
      : resolve(startedIn, env.DIST_DIR)
    : resolve(deployDir, '../dist');
  const domainName = text(env.SITE_DOMAIN) ?? text(context('domainName'));
  const certificateArn = text(env.CERTIFICATE_ARN) ?? text(context('certificateArn'));
  if (domainName && !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(domainName)) {
    throw new Error(`SITE_DOMAIN "${domainName}" is not a domain name (write it without https:// or a path)`);
  }
  if (domainName && !certificateArn) {
    throw new Error(
      `SITE_DOMAIN is "${domainName}" but CERTIFICATE_ARN is not set: CloudFront needs an ACM certificate for it`,
    );
  }
  if (certificateArn && !domainName) {
    throw new Error('CERTIFICATE_ARN is set but SITE_DOMAIN is not: set the domain the certificate is for');
  }
  if (certificateArn && !/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificateArn)) {
    throw new Error(
      `CERTIFICATE_ARN "${certificateArn}" is not an ACM certificate in us-east-1, the only region CloudFront reads certificates from`,
    );
  }
  return {
    stackName: text(env.STACK_NAME) ?? text(context('stackName')) ?? 'BedrockVsSageMakerSite',
    distDir,
    base: normalizeBase(env.BASE_PATH),
    ...(domainName ? { domainName } : {}),
    ...(certificateArn ? { certificateArn } : {}),
    priceClass: normalizePriceClass(text(env.PRICE_CLASS) ?? text(context('priceClass'))),
  };
}
