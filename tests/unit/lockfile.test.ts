import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLockfile, packageName } from '../../scripts/check/lockfile';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/lockfile/${name}`, 'utf8'));
const pkg = fixture('package.json');

describe('lockfile check', () => {
  it('accepts a lockfile whose entries all have a version and an integrity', () => {
    expect(checkLockfile(pkg, fixture('good.json'))).toEqual([]);
  });

  it('names an entry written with no version or integrity (the "Invalid Version:" crash)', () => {
    expect(checkLockfile(pkg, fixture('versionless.json'))).toEqual([
      'package-lock.json: "node_modules/left-pad/node_modules/@x/darwin-arm64" has no version and no integrity',
    ]);
  });

  it('names a direct dependency whose range differs between package.json and the lockfile', () => {
    expect(checkLockfile(pkg, fixture('range-mismatch.json'))).toEqual([
      'dependencies.left-pad: package.json says "^1.3.0", package-lock.json says "^1.2.0" (run npm install)',
    ]);
  });

  it('names a dependency that package.json has and the lockfile lacks, and the reverse', () => {
    const errors = checkLockfile({ ...pkg, devDependencies: { vitest: '^5.0.0' } }, fixture('good.json'));
    expect(errors).toContain(
      'devDependencies.vitest: "^5.0.0" in package.json is not in package-lock.json (run npm install)',
    );
    expect(errors).toContain(
      'devDependencies.is-number: in package-lock.json but not in package.json (run npm install)',
    );
  });

  it('names a package with an install script that allowScripts does not cover', () => {
    expect(checkLockfile(pkg, fixture('unreviewed-script.json'))).toEqual([
      'allowScripts: esbuild@0.28.2 has an install script that package.json neither allows nor denies ' +
        '(review it, then: npm install-scripts approve esbuild, or deny esbuild)',
    ]);
    const pinned = { ...pkg, allowScripts: { node: true, 'esbuild@0.28.2': true } };
    expect(checkLockfile(pinned, fixture('unreviewed-script.json'))).toEqual([]);
    const otherVersion = { ...pkg, allowScripts: { node: true, 'esbuild@0.27.0': true } };
    expect(checkLockfile(otherVersion, fixture('unreviewed-script.json'))).toHaveLength(1);
  });

  it('rejects a lockfile without a packages map', () => {
    expect(checkLockfile(pkg, { lockfileVersion: 1 })).toHaveLength(1);
  });

  it('reads scoped and nested package names from lockfile keys', () => {
    expect(packageName('node_modules/pagefind/node_modules/@pagefind/darwin-arm64')).toBe(
      '@pagefind/darwin-arm64',
    );
    expect(packageName('node_modules/esbuild')).toBe('esbuild');
  });
});
