/**
 * The CloudFront Function, run as CloudFront runs it: the generated code in a fresh JavaScript
 * realm (node:vm) with nothing but the language's built-ins (no require, process, Buffer or
 * module), called through its `handler(event)` with events shaped like CloudFront's (see
 * "CloudFront Functions event structure" in the CloudFront Developer Guide).
 */
import { Script, createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { redirects } from '../../src/config/redirects.ts';
import { listSiteFiles, pageDirs } from '../lib/site-files.ts';
import {
  functionCode,
  functionData,
  functionSizeLimit,
  localePrefixes,
  type FunctionEvent,
} from '../lib/site-function.ts';
import { sites } from './fixture-site.ts';

type Query = Record<string, { value: string; multiValue?: { value: string }[] }>;
interface Result {
  uri?: string;
  statusCode?: number;
  statusDescription?: string;
  headers?: Record<string, { value: string }>;
}

/** The function's handler, loaded into a realm of its own. */
function load(code: string) {
  const context = createContext({});
  new Script(code, { filename: 'site-function.js' }).runInContext(context);
  const handler = runInContext('handler', context) as (event: unknown) => unknown;
  return {
    context,
    run: (event: unknown) => JSON.parse(JSON.stringify(handler(event))) as Result,
  };
}

function viewerEvent(eventType: FunctionEvent, uri: string, querystring: Query = {}) {
  return {
    version: '1.0',
    context: {
      distributionDomainName: 'd111111abcdef8.cloudfront.net',
      distributionId: 'EDFDVBD6EXAMPLE',
      eventType,
      requestId: 'EXAMPLEntjQpEXAMPLE_SG5Z-EXAMPLEPmPfEXAMPLEu3EqEXAMPLE==',
    },
    viewer: { ip: '198.51.100.11' },
    request: {
      method: 'GET',
      uri,
      querystring,
      headers: {
        host: { value: 'd111111abcdef8.cloudfront.net' },
        accept: { value: 'text/html' },
      },
      cookies: {},
    },
  };
}

function responseEvent(uri: string, statusCode = 200) {
  return {
    ...viewerEvent('viewer-response', uri),
    response: {
      statusCode,
      statusDescription: statusCode === 200 ? 'OK' : 'Not Modified',
      headers: { 'content-type': { value: 'text/html' } },
      cookies: {},
    },
  };
}

describe.each(sites())('the CloudFront Function on the %s', (_, dir) => {
  const files = listSiteFiles(dir);
  const pages = pageDirs(files);

  describe.each(['/', '/docs/'])('base %s', (base) => {
    const data = functionData(files, base);
    const request = load(functionCode('viewer-request', data));
    const response = load(functionCode('viewer-response', data));
    const onRequest = (uri: string, query?: Query) => request.run(viewerEvent('viewer-request', uri, query));
    const onResponse = (uri: string, status?: number) => response.run(responseEvent(uri, status));
    const expectRedirect = (result: Result, location: string) => {
      expect(result.statusCode).toBe(301);
      expect(result.headers?.location?.value).toBe(location);
      expect(result.uri).toBeUndefined();
    };

    it('fits CloudFront’s 10 KB limit and uses nothing outside the JavaScript core', () => {
      for (const event of ['viewer-request', 'viewer-response'] as const) {
        const code = functionCode(event, data);
        expect(Buffer.byteLength(code, 'utf8'), `${event} code size`).toBeLessThan(functionSizeLimit);
        // The code after the data line (page names such as "custom-model-import" are data).
        const logic = code.slice(code.indexOf('\n') + 1);
        expect(logic).not.toMatch(/\b(require|import|export|process|Buffer|module|globalThis)\b/);
      }
      for (const name of ['require', 'process', 'Buffer', 'module', 'setTimeout', 'fetch']) {
        expect(runInContext(`typeof ${name}`, request.context), name).toBe('undefined');
      }
    });

    it.each(
      localePrefixes.flatMap((prefix) => Object.entries(redirects).map(([f, t]) => [prefix + f, prefix + t])),
    )('redirects %s to %s, with and without the slash, keeping the query string', (from, to) => {
      expectRedirect(onRequest(`${base}${from}`), `${base}${to}`);
      expectRedirect(onRequest(`${base}${from.slice(0, -1)}`), `${base}${to}`);
      const query: Query = {
        utm_source: { value: 'slack' },
        tag: { value: 'a', multiValue: [{ value: 'a' }, { value: 'b%20c' }] },
        flag: { value: '' },
      };
      expectRedirect(
        onRequest(`${base}${from}`, query),
        `${base}${to}?utm_source=slack&tag=a&tag=b%20c&flag`,
      );
    });

    it('never puts a #fragment in a redirect, so the browser keeps the one the reader had', () => {
      for (const from of Object.keys(redirects)) {
        expect(onRequest(`${base}${from}`).headers?.location?.value).not.toContain('#');
      }
    });

    it('serves every page’s index.html for its folder address', () => {
      for (const page of pages) {
        const result = onRequest(`${base}${page}`);
        if (Object.keys(data.redirects).includes(page)) continue;
        expect(result.uri, page).toBe(`${base}${page}index.html`);
      }
      expect(onRequest(base).uri).toBe(`${base}index.html`);
    });

    it('adds the trailing slash to a page address with a 301, keeping the query string', () => {
      expectRedirect(onRequest(`${base}compare`), `${base}compare/`);
      expectRedirect(onRequest(`${base}vi`), `${base}vi/`);
      expectRedirect(
        onRequest(`${base}vi/compare`, { q: { value: 'bedrock' } }),
        `${base}vi/compare/?q=bedrock`,
      );
    });

    it('passes files through as they are', () => {
      for (const file of files.filter((f) => !f.endsWith('index.html')).slice(0, 40)) {
        if (file.startsWith('_')) continue;
        expect(onRequest(`${base}${file}`).uri, file).toBe(`${base}${file}`);
      }
      expect(onRequest(`${base}_astro/common.AbC123.css`).uri).toBe(`${base}_astro/common.AbC123.css`);
    });

    it('serves the Vietnamese 404 page for any /vi/ address the build did not write', () => {
      for (const uri of [
        'vi/unknown/',
        'vi/unknown',
        'vi/compare/missing/',
        'vi/missing.md',
        'vi/x/index.html',
      ]) {
        expect(onRequest(`${base}${uri}`).uri, uri).toBe(`${base}vi/404/index.html`);
      }
      expect(onRequest(`${base}vi/compare.md`).uri).toBe(`${base}vi/compare.md`);
      expect(onRequest(`${base}vi/compare/index.html`).uri).toBe(`${base}vi/compare/index.html`);
    });

    it('leaves an unknown English address to the distribution’s 404 response', () => {
      expect(onRequest(`${base}unknown/`).uri).toBe(`${base}unknown/index.html`);
      expect(onRequest(`${base}unknown.png`).uri).toBe(`${base}unknown.png`);
    });

    it('sends the 404 pages with status 404, whichever address reached them', () => {
      for (const uri of ['vi/404/index.html', 'vi/unknown/', 'vi/404/', '404.html']) {
        const result = onResponse(`${base}${uri}`);
        expect(result.statusCode, uri).toBe(404);
        expect(result.statusDescription).toBe('Not Found');
      }
    });

    it('leaves every other answer as it is', () => {
      expect(onResponse(`${base}vi/compare/index.html`).statusCode).toBe(200);
      expect(onResponse(`${base}compare/`).statusCode).toBe(200);
      expect(onResponse(`${base}vi/404/index.html`, 304).statusCode).toBe(304);
      expect(onResponse(`${base}index.html`).headers?.['content-type']?.value).toBe('text/html');
    });

    if (base !== '/') {
      it('sends the domain root and the base without its slash to the site', () => {
        expectRedirect(onRequest('/'), base);
        expectRedirect(onRequest(base.slice(0, -1)), base);
        expect(onRequest('/elsewhere/').uri).toBe('/elsewhere/');
      });
    }
  });
});

describe('the function data', () => {
  const [[, dir]] = sites() as [[string, string]];
  const files = listSiteFiles(dir);

  it('has every redirect of src/config/redirects.ts in every language', () => {
    const data = functionData(files, '/');
    expect(Object.keys(data.redirects)).toHaveLength(Object.keys(redirects).length * localePrefixes.length);
    for (const prefix of localePrefixes) {
      for (const [from, to] of Object.entries(redirects))
        expect(data.redirects[prefix + from]).toBe(prefix + to);
    }
  });

  it('refuses a site where a redirect target is missing, naming the file to fix', () => {
    const target = Object.values(redirects)[0]!;
    const without = files.filter((file) => file !== `${target}index.html`);
    expect(() => functionData(without, '/')).toThrow(/src\/config\/redirects\.ts/);
  });

  it('refuses a site without the Vietnamese 404 page', () => {
    expect(() =>
      functionData(
        files.filter((file) => file !== 'vi/404/index.html'),
        '/',
      ),
    ).toThrow(/vi\/404/);
  });
});
