/**
 * The CloudFront response headers policy, made from src/config/headers.ts (the list the build
 * also writes to dist/_headers). CloudFront has typed settings for the usual security headers and
 * does not take them as custom headers, so those are mapped; any other header of the list is sent
 * as a custom header. A value CloudFront's typed setting cannot express fails synthesis instead
 * of being sent differently.
 */
import { Duration } from 'aws-cdk-lib';
import {
  HeadersFrameOption,
  HeadersReferrerPolicy,
  type ResponseCustomHeader,
  type ResponseHeadersPolicyProps,
  type ResponseSecurityHeadersBehavior,
} from 'aws-cdk-lib/aws-cloudfront';
import type { ResponseHeader } from '../../src/config/headers.ts';

function hsts(value: string): NonNullable<ResponseSecurityHeadersBehavior['strictTransportSecurity']> {
  const parts = value.split(';').map((part) => part.trim().toLowerCase());
  const maxAge = /^max-age=(\d+)$/.exec(parts.find((part) => part.startsWith('max-age')) ?? '');
  const known = new Set(['includesubdomains', 'preload']);
  const unknown = parts.filter((part) => part && !part.startsWith('max-age') && !known.has(part));
  if (!maxAge || unknown.length) {
    throw new Error(
      `Strict-Transport-Security "${value}": CloudFront takes max-age, includeSubDomains and preload`,
    );
  }
  return {
    accessControlMaxAge: Duration.seconds(Number(maxAge[1])),
    includeSubdomains: parts.includes('includesubdomains'),
    preload: parts.includes('preload'),
    override: true,
  };
}

function frameOption(value: string): HeadersFrameOption {
  const option = Object.values(HeadersFrameOption).find((o) => o === value.toUpperCase());
  if (!option) throw new Error(`X-Frame-Options "${value}": CloudFront takes DENY or SAMEORIGIN`);
  return option;
}

function referrerPolicy(value: string): HeadersReferrerPolicy {
  const policy = Object.values(HeadersReferrerPolicy).find((p) => p === value.toLowerCase());
  if (!policy) throw new Error(`Referrer-Policy "${value}" is not a value CloudFront accepts`);
  return policy;
}

/** The policy's props for a list of headers. */
export function responseHeadersPolicyProps(
  headers: ResponseHeader[],
  comment: string,
): ResponseHeadersPolicyProps {
  const security: {
    -readonly [K in keyof ResponseSecurityHeadersBehavior]: ResponseSecurityHeadersBehavior[K];
  } = {};
  const custom: ResponseCustomHeader[] = [];
  for (const { name, value } of headers) {
    switch (name.toLowerCase()) {
      case 'strict-transport-security':
        security.strictTransportSecurity = hsts(value);
        break;
      case 'content-security-policy':
        security.contentSecurityPolicy = { contentSecurityPolicy: value, override: true };
        break;
      case 'x-frame-options':
        security.frameOptions = { frameOption: frameOption(value), override: true };
        break;
      case 'referrer-policy':
        security.referrerPolicy = { referrerPolicy: referrerPolicy(value), override: true };
        break;
      case 'x-content-type-options':
        if (value.toLowerCase() !== 'nosniff') {
          throw new Error(`X-Content-Type-Options "${value}": CloudFront sends only nosniff`);
        }
        security.contentTypeOptions = { override: true };
        break;
      case 'x-xss-protection':
        throw new Error('X-XSS-Protection: not supported here; modern browsers ignore it');
      default:
        custom.push({ header: name, value, override: true });
    }
  }
  return {
    comment,
    securityHeadersBehavior: security,
    ...(custom.length ? { customHeadersBehavior: { customHeaders: custom } } : {}),
  };
}
