/**
 * Checks package-lock.json against package.json without the network, so a lockfile that
 * `npm ci` would crash on, or that disagrees with package.json, fails `npm test` with every
 * bad entry named:
 * - every package entry (except workspace links) has a `version` and an `integrity`;
 * - each direct dependency has the same range in package.json and in the lockfile's root
 *   entry, and is itself in the lockfile;
 * - every package with an install script has an entry in package.json's `allowScripts`
 *   (npm 12 skips install scripts it does not list, and npm 11 prints an advisory).
 *
 * Only Node built-ins are used, so scripts/check-lockfile.ts runs this file directly.
 *
 * Why not lockfile-lint (checked 2026-12-06 against its validators: hosts, HTTPS, schemes,
 * URLs, package names, SHA-512 integrity): this lockfile records no `resolved` addresses (0 of
 * its 931 entries with an integrity have one), so the host, scheme
 * and URL rules have nothing to read, and none of its rules covers the three checks above (an
 * entry without a version, ranges out of step with package.json, npm 12's `allowScripts`).
 */

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry>;
}

const depFields = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** The package name of a lockfile key: "node_modules/a/node_modules/@s/b" → "@s/b". */
export function packageName(key: string): string {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** Whether an allowScripts key ("name" or "name@version") covers this package. */
function allowKeyMatches(key: string, name: string, version: string | undefined): boolean {
  if (key === name) return true;
  const at = key.lastIndexOf('@');
  return at > 0 && key.slice(0, at) === name && key.slice(at + 1) === version;
}

/** Returns one line per problem; an empty list means the lockfile is sound. */
export function checkLockfile(pkg: PackageJson, lock: Lockfile): string[] {
  const errors: string[] = [];
  const packages = lock.packages;
  if (!packages || (lock.lockfileVersion ?? 0) < 2) {
    return ['package-lock.json: no "packages" map (lockfileVersion 2 or newer is needed)'];
  }
  const root = packages[''] ?? {};

  for (const [key, entry] of Object.entries(packages)) {
    if (key === '' || entry.link) continue;
    const missing = [!entry.version && 'version', !entry.integrity && 'integrity'].filter(Boolean);
    if (missing.length) errors.push(`package-lock.json: "${key}" has no ${missing.join(' and no ')}`);
  }

  for (const field of depFields) {
    const wanted = pkg[field] ?? {};
    const locked = root[field] ?? {};
    for (const [name, range] of Object.entries(wanted)) {
      if (locked[name] === undefined) {
        errors.push(
          `${field}.${name}: "${range}" in package.json is not in package-lock.json (run npm install)`,
        );
      } else if (locked[name] !== range) {
        errors.push(
          `${field}.${name}: package.json says "${range}", package-lock.json says "${locked[name]}" (run npm install)`,
        );
      }
      if (!packages[`node_modules/${name}`]) {
        errors.push(`${field}.${name}: package-lock.json has no "node_modules/${name}" entry`);
      }
    }
    for (const name of Object.keys(locked)) {
      if (wanted[name] === undefined) {
        errors.push(`${field}.${name}: in package-lock.json but not in package.json (run npm install)`);
      }
    }
  }

  const allow = Object.keys(pkg.allowScripts ?? {});
  for (const [key, entry] of Object.entries(packages)) {
    if (!entry.hasInstallScript || key === '') continue;
    const name = packageName(key);
    if (!allow.some((k) => allowKeyMatches(k, name, entry.version))) {
      errors.push(
        `allowScripts: ${name}@${entry.version ?? '?'} has an install script that package.json neither allows nor denies ` +
          `(review it, then: npm install-scripts approve ${name}, or deny ${name})`,
      );
    }
  }
  return errors;
}
