/**
 * The stack, synthesized offline and read with aws-cdk-lib/assertions: what the issue asks of
 * the bucket, Origin Access Control, the function, the headers policy, the error responses, the
 * cache behaviours and the upload. cdk.json's context (the feature flags) is used, so the template
 * is the one `cdk synth` writes.
 */
import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { responseHeaders } from '../../src/config/headers.ts';
import { siteSettings } from '../lib/settings.ts';
import { functionCode, functionData } from '../lib/site-function.ts';
import { listSiteFiles } from '../lib/site-files.ts';
import { SiteStack } from '../lib/site-stack.ts';
import { sites } from './fixture-site.ts';

const cdkContext = (
  JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as { context: object }
).context;

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };

function synth(dir: string, env: Record<string, string> = {}, invalidationPaths = ['/*']) {
  const settings = siteSettings({ ...env, DIST_DIR: dir });
  const app = new App({ context: cdkContext });
  const files = listSiteFiles(dir);
  const stack = new SiteStack(app, settings.stackName, { settings, files, invalidationPaths });
  const template = Template.fromStack(stack);
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const one = (type: string) => {
    const found = ofType(type);
    expect(found, type).toHaveLength(1);
    return found[0]!;
  };
  const distribution = one('AWS::CloudFront::Distribution')[1].Properties
    .DistributionConfig as DistributionConfig;
  return { template, resources, ofType, one, distribution, files, settings };
}

interface Behavior {
  PathPattern?: string;
  CachePolicyId: { Ref: string };
  ResponseHeadersPolicyId: { Ref: string };
  ViewerProtocolPolicy: string;
  Compress: boolean;
  FunctionAssociations?: { EventType: string; FunctionARN: { 'Fn::GetAtt': [string, string] } }[];
}
interface DistributionConfig {
  DefaultCacheBehavior: Behavior;
  CacheBehaviors: Behavior[];
  CustomErrorResponses: { ErrorCode: number; ResponseCode: number; ResponsePagePath: string }[];
  HttpVersion: string;
  PriceClass: string;
  IPV6Enabled: boolean;
  Aliases?: string[];
  ViewerCertificate?: Record<string, string>;
  Origins: { OriginAccessControlId?: { 'Fn::GetAtt': [string, string] }; S3OriginConfig?: object }[];
}

describe.each(sites())('the stack for the %s', (_, dir) => {
  const site = synth(dir);
  const { template, resources, ofType, one, distribution } = site;

  it('keeps the bucket private: Block Public Access, encryption, no website hosting', () => {
    const [, bucket] = one('AWS::S3::Bucket');
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
    expect(bucket.Properties.AccessControl).toBeUndefined();
  });

  it('lets only this distribution read the bucket, and only over TLS', () => {
    const [, policy] = one('AWS::S3::BucketPolicy');
    const statements = (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] })
      .Statement;
    const allows = statements.filter((s) => s.Effect === 'Allow');
    for (const statement of allows) expect(statement.Principal).not.toEqual({ AWS: '*' });
    expect(allows.some((s) => JSON.stringify(s.Principal) === '"*"')).toBe(false);
    const read = allows.find((s) => s.Action === 's3:GetObject')!;
    expect(read.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(JSON.stringify(read.Condition)).toContain('AWS:SourceArn');
    expect(JSON.stringify(read.Condition)).toContain(one('AWS::CloudFront::Distribution')[0]);
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('reads the bucket through Origin Access Control, not an origin access identity', () => {
    const [oacId, oac] = one('AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    expect(distribution.Origins).toHaveLength(1);
    expect(distribution.Origins[0]!.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [oacId, 'Id'] });
    expect(distribution.Origins[0]!.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    expect(ofType('AWS::CloudFront::CloudFrontOriginAccessIdentity')).toHaveLength(0);
  });

  it('serves HTTP/2 and HTTP/3 over HTTPS only, compressed, with the price class asked for', () => {
    expect(distribution.HttpVersion).toBe('http2and3');
    expect(distribution.IPV6Enabled).toBe(true);
    expect(distribution.PriceClass).toBe('PriceClass_100');
    for (const behavior of [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors]) {
      expect(behavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(behavior.Compress).toBe(true);
    }
    expect(synth(dir, { PRICE_CLASS: 'All' }).distribution.PriceClass).toBe('PriceClass_All');
  });

  it('runs the generated function, cloudfront-js-2.0, on the default behaviour’s requests and responses', () => {
    const associations = distribution.DefaultCacheBehavior.FunctionAssociations!;
    expect(associations.map((a) => a.EventType)).toEqual(['viewer-request', 'viewer-response']);
    const data = functionData(site.files, '/');
    for (const association of associations) {
      const [id] = association.FunctionARN['Fn::GetAtt'];
      const fn = resources[id]!;
      expect(fn.Type).toBe('AWS::CloudFront::Function');
      expect((fn.Properties.FunctionConfig as { Runtime: string }).Runtime).toBe('cloudfront-js-2.0');
      expect(fn.Properties.AutoPublish).toBe(true);
      expect(fn.Properties.FunctionCode).toBe(functionCode(association.EventType as 'viewer-request', data));
    }
    for (const behavior of distribution.CacheBehaviors) expect(behavior.FunctionAssociations).toBeUndefined();
  });

  it('sends every header of src/config/headers.ts, on every behaviour', () => {
    const [policyId, policy] = one('AWS::CloudFront::ResponseHeadersPolicy');
    const config = policy.Properties.ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: Record<string, Record<string, unknown>>;
      CustomHeadersConfig?: { Items: { Header: string; Value: string; Override: boolean }[] };
    };
    const security = config.SecurityHeadersConfig;
    // What CloudFront will send, header by header, written back as header values.
    const sent = new Map<string, string>();
    const hsts = security.StrictTransportSecurity;
    if (hsts) {
      sent.set(
        'strict-transport-security',
        [
          `max-age=${hsts.AccessControlMaxAgeSec}`,
          hsts.IncludeSubdomains && 'includeSubDomains',
          hsts.Preload && 'preload',
        ]
          .filter(Boolean)
          .join('; '),
      );
    }
    if (security.ContentSecurityPolicy)
      sent.set('content-security-policy', String(security.ContentSecurityPolicy.ContentSecurityPolicy));
    if (security.FrameOptions) sent.set('x-frame-options', String(security.FrameOptions.FrameOption));
    if (security.ReferrerPolicy) sent.set('referrer-policy', String(security.ReferrerPolicy.ReferrerPolicy));
    if (security.ContentTypeOptions) sent.set('x-content-type-options', 'nosniff');
    for (const section of Object.values(security)) expect(section.Override).toBe(true);
    for (const item of config.CustomHeadersConfig?.Items ?? []) {
      expect(item.Override).toBe(true);
      sent.set(item.Header.toLowerCase(), item.Value);
    }
    for (const { name, value } of responseHeaders) expect(sent.get(name.toLowerCase()), name).toBe(value);
    expect(sent.size).toBe(responseHeaders.length);
    for (const behavior of [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors]) {
      expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    }
  });

  it('answers 403 and 404 from S3 with /404.html and status 404 (/vi/ is the function’s)', () => {
    expect(distribution.CustomErrorResponses).toEqual([
      expect.objectContaining({ ErrorCode: 403, ResponseCode: 404, ResponsePagePath: '/404.html' }),
      expect.objectContaining({ ErrorCode: 404, ResponseCode: 404, ResponsePagePath: '/404.html' }),
    ]);
    expect(site.files).toContain('404.html');
  });

  it('caches hashed assets a year and pages, search index and feeds briefly', () => {
    const policy = (behavior: Behavior) =>
      resources[behavior.CachePolicyId.Ref]!.Properties.CachePolicyConfig as Record<string, unknown>;
    const byPath: Record<string, Record<string, unknown>> = Object.fromEntries(
      distribution.CacheBehaviors.map((b) => [b.PathPattern, policy(b)]),
    );
    expect(Object.keys(byPath).sort()).toEqual(['_astro/*', 'pagefind/*']);
    const year = 365 * 24 * 3600;
    expect(byPath['_astro/*']).toMatchObject({ MinTTL: year, DefaultTTL: year, MaxTTL: year });
    for (const short of [policy(distribution.DefaultCacheBehavior), byPath['pagefind/*']!]) {
      expect(short).toMatchObject({ MinTTL: 0, DefaultTTL: 300 });
      expect(short.MaxTTL as number).toBeLessThanOrEqual(24 * 3600);
    }
    for (const config of [policy(distribution.DefaultCacheBehavior), ...Object.values(byPath)]) {
      expect(config.ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
        EnableAcceptEncodingGzip: true,
        EnableAcceptEncodingBrotli: true,
        QueryStringsConfig: { QueryStringBehavior: 'none' },
        CookiesConfig: { CookieBehavior: 'none' },
      });
    }
  });

  it('uploads dist/: assets immutable and kept, the rest short-lived and pruned, then invalidates', () => {
    const deployments = Object.fromEntries(
      ofType('Custom::CDKBucketDeployment').map(([id, r]) => [
        id.replace(/CustomResource.*$/, ''),
        r.Properties,
      ]),
    );
    expect(Object.keys(deployments).sort()).toEqual(['DeployAssets', 'DeployMarkdown', 'DeploySite']);
    expect(deployments.DeployAssets).toMatchObject({
      DestinationBucketKeyPrefix: '_astro/',
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    const short = 'public, max-age=0, s-maxage=300, must-revalidate';
    expect(deployments.DeployMarkdown).toMatchObject({
      Include: ['*.md'],
      Exclude: ['*'],
      SystemMetadata: { 'cache-control': short, 'content-type': 'text/markdown; charset=utf-8' },
    });
    expect(deployments.DeploySite).toMatchObject({
      DestinationBucketKeyPrefix: '',
      Prune: true,
      Exclude: ['_astro/*', '*.md'],
      SystemMetadata: { 'cache-control': short },
      DistributionPaths: ['/*'],
    });
    expect(deployments.DeployAssets!.DistributionPaths).toBeUndefined();
    template.hasResource('Custom::CDKBucketDeployment', {
      Properties: Match.objectLike({ DistributionId: { Ref: one('AWS::CloudFront::Distribution')[0] } }),
    });
  });

  it('invalidates only the paths it is given, and nothing when none changed', () => {
    const paths = ['/compare/', '/compare/index.html'];
    const deploySite = (s: ReturnType<typeof synth>) =>
      s.ofType('Custom::CDKBucketDeployment').find(([id]) => id.startsWith('DeploySite'))![1].Properties;
    expect(deploySite(synth(dir, {}, paths)).DistributionPaths).toEqual(paths);
    const none = deploySite(synth(dir, {}, []));
    expect(none.DistributionPaths).toBeUndefined();
    expect(none.DistributionId).toBeUndefined();
  });

  it('is removed with the stack: the bucket and its files go on cdk destroy', () => {
    const [, bucket] = one('AWS::S3::Bucket');
    expect(bucket.DeletionPolicy).toBe('Delete');
    expect(ofType('Custom::S3AutoDeleteObjects')).toHaveLength(1);
  });

  it('has no custom domain unless one is set', () => {
    expect(distribution.Aliases).toBeUndefined();
    expect(distribution.ViewerCertificate).toBeUndefined();
  });
});

describe('settings that change the stack', () => {
  const dir = sites()[0]![1];
  const certificateArn =
    'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555';

  it('a BASE_PATH deploy uploads under the base and knows it everywhere', () => {
    const { distribution, ofType, resources } = synth(dir, { BASE_PATH: '/docs/' });
    expect(distribution.CustomErrorResponses.map((r) => r.ResponsePagePath)).toEqual([
      '/docs/404.html',
      '/docs/404.html',
    ]);
    expect(distribution.CacheBehaviors.map((b) => b.PathPattern).sort()).toEqual([
      'docs/_astro/*',
      'docs/pagefind/*',
    ]);
    const prefixes = ofType('Custom::CDKBucketDeployment').map(
      ([, r]) => r.Properties.DestinationBucketKeyPrefix,
    );
    expect(prefixes.sort()).toEqual(['docs/', 'docs/', 'docs/_astro/']);
    const [id] = distribution.DefaultCacheBehavior.FunctionAssociations![0]!.FunctionARN['Fn::GetAtt'];
    expect(String(resources[id]!.Properties.FunctionCode)).toContain('"base":"/docs/"');
  });

  it('a custom domain gets its certificate, an alias and TLS 1.2 at least', () => {
    const { distribution } = synth(dir, { SITE_DOMAIN: 'docs.example.com', CERTIFICATE_ARN: certificateArn });
    expect(distribution.Aliases).toEqual(['docs.example.com']);
    expect(distribution.ViewerCertificate).toEqual({
      AcmCertificateArn: certificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
  });

  it('refuses a domain without a certificate, or a certificate outside us-east-1', () => {
    expect(() => siteSettings({ SITE_DOMAIN: 'docs.example.com' })).toThrow(/CERTIFICATE_ARN/);
    expect(() =>
      siteSettings({
        SITE_DOMAIN: 'docs.example.com',
        CERTIFICATE_ARN: certificateArn.replace('us-east-1', 'eu-west-1'),
      }),
    ).toThrow(/us-east-1/);
    expect(() =>
      siteSettings({ SITE_DOMAIN: 'https://docs.example.com/', CERTIFICATE_ARN: certificateArn }),
    ).toThrow(/not a domain name/);
    expect(() => siteSettings({ PRICE_CLASS: 'cheap' })).toThrow(/PRICE_CLASS/);
  });

  it('reads the base as Astro does, with or without slashes', () => {
    for (const base of ['/docs/', '/docs', 'docs/', 'docs'])
      expect(siteSettings({ BASE_PATH: base }).base).toBe('/docs/');
    expect(siteSettings({}).base).toBe('/');
  });

  it('stops with the reason when there is no built site', () => {
    expect(() => synth('/nonexistent-site')).toThrow(/build the site first/);
  });
});
