#!/usr/bin/env node
// Installs deploy/'s own dependencies (the AWS CDK) from deploy/package-lock.json, the way
// `npm ci` does, unless deploy/node_modules already holds exactly what the lockfile says. They
// are kept out of the project's root install, which they would make several times heavier.
//   node deploy/bin/install.ts
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Lock {
  packages?: Record<string, { version?: string; integrity?: string }>;
}

const deployDir = join(import.meta.dirname, '..');
const read = (file: string): Lock | undefined =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Lock) : undefined;

/** Whether node_modules/.package-lock.json (written by npm at install) matches the lockfile. */
export function installedMatches(wanted: Lock | undefined, installed: Lock | undefined): boolean {
  if (!wanted?.packages || !installed?.packages) return false;
  const keys = Object.keys(wanted.packages).filter((key) => key !== '');
  if (keys.length !== Object.keys(installed.packages).length) return false;
  return keys.every((key) => {
    const a = wanted.packages![key]!;
    const b = installed.packages![key];
    return b !== undefined && a.version === b.version && a.integrity === b.integrity;
  });
}

if (import.meta.main) {
  const wanted = read(join(deployDir, 'package-lock.json'));
  const installed = read(join(deployDir, 'node_modules', '.package-lock.json'));
  if (installedMatches(wanted, installed)) {
    console.log('✔ deploy/node_modules matches deploy/package-lock.json');
  } else {
    console.log('Installing deploy/ dependencies (npm ci --prefix deploy)…');
    const npm = spawnSync('npm', ['ci', '--prefix', deployDir, '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
    process.exit(npm.status ?? 1);
  }
}
