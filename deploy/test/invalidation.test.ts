import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedMatches } from '../bin/install.ts';
import { cachedPaths, changedFiles, invalidationPaths, maxInvalidationPaths } from '../lib/invalidation.ts';
import { listSiteFiles, siteManifest, uploadedFiles } from '../lib/site-files.ts';
import { previousManifest, readState, stateFile, writeState } from '../lib/state.ts';
import { fixtureSite } from './fixture-site.ts';

describe('invalidation of what changed', () => {
  const before = {
    'index.html': 'a',
    'compare/index.html': 'b',
    'changes.xml': 'c',
    'pagefind/pagefind.js': 'd',
  };

  it('invalidates everything under the base when there is no earlier deployment to compare with', () => {
    expect(invalidationPaths(undefined, before, '/')).toEqual(['/*']);
    expect(invalidationPaths(undefined, before, '/docs/')).toEqual(['/docs/*']);
  });

  it('invalidates a changed page under both addresses it is cached at', () => {
    const after = { ...before, 'compare/index.html': 'B' };
    expect(invalidationPaths(before, after, '/')).toEqual(['/compare/', '/compare/index.html']);
    expect(invalidationPaths(before, { ...before, 'index.html': 'A' }, '/docs/')).toEqual([
      '/docs/',
      '/docs/index.html',
    ]);
  });

  it('invalidates changed feeds and search files, and removed files, but not added ones', () => {
    const after: Record<string, string> = { ...before, 'pagefind/pagefind.js': 'D', 'new/index.html': 'n' };
    delete after['changes.xml'];
    expect(changedFiles(before, after)).toEqual(['changes.xml', 'pagefind/pagefind.js']);
    expect(invalidationPaths(before, after, '/')).toEqual(['/changes.xml', '/pagefind/pagefind.js']);
  });

  it('invalidates nothing when nothing changed', () => {
    expect(invalidationPaths(before, { ...before }, '/')).toEqual([]);
  });

  it('uses one wildcard when more paths changed than it is worth listing', () => {
    const many = Object.fromEntries(
      Array.from({ length: maxInvalidationPaths + 1 }, (_, i) => [`p${i}.html`, 'x']),
    );
    const changed = Object.fromEntries(Object.keys(many).map((k) => [k, 'y']));
    expect(invalidationPaths(many, changed, '/')).toEqual(['/*']);
    expect(invalidationPaths(many, changed, '/', 2 * maxInvalidationPaths)).toHaveLength(
      maxInvalidationPaths + 1,
    );
  });

  it('maps files to cache addresses', () => {
    expect(cachedPaths('vi/404/index.html', '/')).toEqual(['/vi/404/', '/vi/404/index.html']);
    expect(cachedPaths('vi/compare.md', '/docs/')).toEqual(['/docs/vi/compare.md']);
  });
});

describe('the manifest of a built site', () => {
  const dir = fixtureSite();
  const files = listSiteFiles(dir);

  it('hashes every uploaded file except the hashed assets, and leaves out files for other hosts', () => {
    const manifest = siteManifest(dir, files);
    expect(Object.keys(manifest)).toContain('compare/index.html');
    expect(Object.keys(manifest).some((f) => f.startsWith('_astro/'))).toBe(false);
    expect(manifest._headers).toBeUndefined();
    expect(uploadedFiles(files)).not.toContain('_redirects');
    expect(manifest['compare/index.html']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when a file’s content changes, so the next deployment invalidates it', () => {
    const first = siteManifest(dir, files);
    writeFileSync(join(dir, 'compare', 'index.html'), '<!doctype html><title>changed</title>');
    expect(invalidationPaths(first, siteManifest(dir, files), '/')).toEqual([
      '/compare/',
      '/compare/index.html',
    ]);
  });
});

describe('the record of the last deployment', () => {
  it('is written and read back per stack, and ignored for another base', () => {
    const deployDir = mkdtempSync(join(tmpdir(), 'deploy-state-'));
    expect(readState(deployDir, 'Site')).toBeUndefined();
    writeState(deployDir, 'Site', {
      base: '/',
      siteUrl: 'https://d1.cloudfront.net/',
      manifest: { 'index.html': 'a' },
    });
    const state = readState(deployDir, 'Site');
    expect(state?.siteUrl).toBe('https://d1.cloudfront.net/');
    expect(previousManifest(state, '/')).toEqual({ 'index.html': 'a' });
    expect(previousManifest(state, '/docs/')).toBeUndefined();
    writeFileSync(stateFile(deployDir, 'Site'), '{ not json');
    expect(readState(deployDir, 'Site')).toBeUndefined();
  });
});

describe('deploy/ dependency check', () => {
  const lock = { packages: { '': {}, 'node_modules/a': { version: '1.0.0', integrity: 'sha512-a' } } };

  it('skips the install only when node_modules holds exactly the locked packages', () => {
    expect(
      installedMatches(lock, { packages: { 'node_modules/a': { version: '1.0.0', integrity: 'sha512-a' } } }),
    ).toBe(true);
    expect(
      installedMatches(lock, { packages: { 'node_modules/a': { version: '1.0.1', integrity: 'sha512-b' } } }),
    ).toBe(false);
    expect(installedMatches(lock, { packages: {} })).toBe(false);
    expect(installedMatches(lock, undefined)).toBe(false);
  });
});
