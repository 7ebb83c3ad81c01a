/**
 * The hosted site: a private S3 bucket behind a CloudFront distribution that reads it through
 * Origin Access Control, a CloudFront Function for addresses (index pages, trailing slashes,
 * redirects, the translated 404 pages), the response headers of src/config/headers.ts, cache
 * behaviours per kind of file, and the upload of dist/ with an invalidation of what changed.
 */
import { join } from 'node:path';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CacheQueryStringBehavior,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { responseHeaders } from '../../src/config/headers.ts';
import { responseHeadersPolicyProps } from './response-headers.ts';
import type { SiteSettings } from './settings.ts';
import { functionCode, functionData, type FunctionEvent } from './site-function.ts';
import { hashedAssetsDir, otherHostFiles } from './site-files.ts';

export interface SiteStackProps extends StackProps {
  settings: SiteSettings;
  /** The built site's files, relative to `settings.distDir` (see site-files.ts). */
  files: string[];
  /** Paths to invalidate after the upload; none means no invalidation (see invalidation.ts). */
  invalidationPaths: string[];
}

/** One year, the longest a browser or CloudFront is told to keep a hashed asset. */
const oneYear = Duration.days(365);
/** How long an edge keeps a page, the search index or a feed before asking S3 again. */
const edgeTtl = Duration.minutes(5);

/** Cache-Control of the uploaded files, sent by S3 and honoured by CloudFront and browsers. */
export const cacheControl = {
  // Hashed names: a new version is a new file, so a copy never goes stale.
  assets: [CacheControl.setPublic(), CacheControl.maxAge(oneYear), CacheControl.immutable()],
  // Browsers check with the edge before every reuse (a 304 costs no download); edges keep a
  // copy five minutes, and a deployment invalidates what it changed.
  pages: [
    CacheControl.setPublic(),
    CacheControl.maxAge(Duration.seconds(0)),
    CacheControl.sMaxAge(edgeTtl),
    CacheControl.mustRevalidate(),
  ],
};

export class SiteStack extends Stack {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);
    const { settings, files } = props;
    const { base, distDir } = settings;
    // S3 keys and path patterns have no leading slash: "" or "docs/".
    const prefix = base.slice(1);

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Everything in it is rebuilt from the repository, so `cdk destroy` removes it, files and all.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    const origin = S3BucketOrigin.withOriginAccessControl(this.bucket);

    const data = functionData(files, base);
    const siteFunction = (event: FunctionEvent, id: string) =>
      new CloudFrontFunction(this, id, {
        comment: `Site addresses (${event}): index pages, redirects, translated 404 pages`,
        code: FunctionCode.fromInline(functionCode(event, data)),
        runtime: FunctionRuntime.JS_2_0,
      });
    const onRequest = siteFunction('viewer-request', 'ViewerRequestFunction');
    const onResponse = siteFunction('viewer-response', 'ViewerResponseFunction');

    const shortLived = new CachePolicy(this, 'PagesCachePolicy', {
      comment: 'Pages, search index, feeds: short-lived, revalidated',
      defaultTtl: edgeTtl,
      minTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      ...cacheKeyWithoutViewerData,
    });
    const immutable = new CachePolicy(this, 'AssetsCachePolicy', {
      comment: 'Hashed assets under _astro/: kept a year',
      defaultTtl: oneYear,
      minTtl: oneYear,
      maxTtl: oneYear,
      ...cacheKeyWithoutViewerData,
    });
    const headersPolicy = new ResponseHeadersPolicy(
      this,
      'SecurityHeaders',
      responseHeadersPolicyProps(responseHeaders, 'The headers of src/config/headers.ts'),
    );

    const behavior = (cachePolicy: CachePolicy): BehaviorOptions => ({
      origin,
      cachePolicy,
      responseHeadersPolicy: headersPolicy,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      compress: true,
    });

    const certificate = settings.certificateArn
      ? Certificate.fromCertificateArn(this, 'Certificate', settings.certificateArn)
      : undefined;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Amazon Bedrock vs Amazon SageMaker AI (${settings.stackName})`,
      defaultBehavior: {
        ...behavior(shortLived),
        functionAssociations: [
          { function: onRequest, eventType: FunctionEventType.VIEWER_REQUEST },
          { function: onResponse, eventType: FunctionEventType.VIEWER_RESPONSE },
        ],
      },
      // Files with their own names need no address rewriting, so no function runs for them.
      additionalBehaviors: {
        [`${prefix}${hashedAssetsDir}*`]: behavior(immutable),
        [`${prefix}pagefind/*`]: behavior(shortLived),
      },
      // S3 answers 403 for a key that is not there (the distribution may not list the bucket).
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 404,
        responsePagePath: `${base}404.html`,
        ttl: Duration.minutes(1),
      })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableIpv6: true,
      priceClass: PriceClass[priceClassKey[settings.priceClass]],
      ...(certificate && settings.domainName
        ? {
            certificate,
            domainNames: [settings.domainName],
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });

    // The upload runs in a Lambda function during `cdk deploy`; its logs are kept a week and go
    // with the stack.
    const uploadLogs = new LogGroup(this, 'UploadLogs', {
      retention: RetentionDays.ONE_WEEK,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const upload = { destinationBucket: this.bucket, memoryLimit: 512, logGroup: uploadLogs };
    // Upload order: hashed assets first (pages point at them), then Markdown versions, then the
    // pages and everything else, whose deployment invalidates the changed paths at the end.
    const assets = new BucketDeployment(this, 'DeployAssets', {
      sources: [Source.asset(join(distDir, hashedAssetsDir))],
      ...upload,
      destinationKeyPrefix: `${prefix}${hashedAssetsDir}`,
      cacheControl: cacheControl.assets,
      // Old assets stay: a page cached before this deployment may still ask for them.
      prune: false,
    });
    const site = Source.asset(distDir, { exclude: [hashedAssetsDir.slice(0, -1), ...otherHostFiles] });
    const markdown = new BucketDeployment(this, 'DeployMarkdown', {
      sources: [site],
      ...upload,
      destinationKeyPrefix: prefix,
      exclude: ['*'],
      include: ['*.md'],
      contentType: 'text/markdown; charset=utf-8',
      cacheControl: cacheControl.pages,
    });
    markdown.node.addDependency(assets);
    const pages = new BucketDeployment(this, 'DeploySite', {
      sources: [site],
      ...upload,
      destinationKeyPrefix: prefix,
      // Not synced, and so not pruned, here: each has its own deployment above.
      exclude: [`${hashedAssetsDir}*`, '*.md'],
      cacheControl: cacheControl.pages,
      ...(props.invalidationPaths.length
        ? { distribution: this.distribution, distributionPaths: props.invalidationPaths }
        : {}),
    });
    pages.node.addDependency(markdown);

    const siteUrl = settings.domainName
      ? `https://${settings.domainName}${base}`
      : `https://${this.distribution.distributionDomainName}${base}`;
    new CfnOutput(this, 'SiteUrl', { value: siteUrl, description: 'The address of the site' });
    new CfnOutput(this, 'DistributionDomainName', { value: this.distribution.distributionDomainName });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName });
  }
}

/** Nothing from the viewer changes the answer, so nothing of theirs is in the cache key. */
const cacheKeyWithoutViewerData = {
  queryStringBehavior: CacheQueryStringBehavior.none(),
  cookieBehavior: CacheCookieBehavior.none(),
  headerBehavior: CacheHeaderBehavior.none(),
  enableAcceptEncodingGzip: true,
  enableAcceptEncodingBrotli: true,
};

const priceClassKey = {
  PriceClass_100: 'PRICE_CLASS_100',
  PriceClass_200: 'PRICE_CLASS_200',
  PriceClass_All: 'PRICE_CLASS_ALL',
} as const;
