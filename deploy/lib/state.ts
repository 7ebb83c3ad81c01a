/**
 * What the last successful `npm run deploy` from this checkout left behind, one file per stack in
 * deploy/.deployed/ (not committed): the manifest of the files it uploaded, so the next deployment
 * invalidates only what changed, and the address the site answers at, so the next build can use
 * it as SITE_URL. A missing or unreadable file only means "invalidate everything".
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from './site-files.ts';

export interface DeployState {
  /** The base the site was deployed under; a manifest for another base is not compared. */
  base: string;
  /** The site's address, from the stack's SiteUrl output, e.g. "https://d1234.cloudfront.net/". */
  siteUrl?: string;
  manifest: Manifest;
}

export const stateFile = (deployDir: string, stackName: string) =>
  join(deployDir, '.deployed', `${stackName}.json`);

export function readState(deployDir: string, stackName: string): DeployState | undefined {
  const file = stateFile(deployDir, stackName);
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as DeployState;
    return typeof state.base === 'string' && state.manifest && typeof state.manifest === 'object'
      ? state
      : undefined;
  } catch {
    return undefined;
  }
}

export function writeState(deployDir: string, stackName: string, state: DeployState): void {
  const file = stateFile(deployDir, stackName);
  mkdirSync(join(deployDir, '.deployed'), { recursive: true });
  writeFileSync(file, JSON.stringify(state, null, 2) + '\n');
}

export function forgetState(deployDir: string, stackName: string): void {
  rmSync(stateFile(deployDir, stackName), { force: true });
}

/** The previous manifest if it was for the same base, else nothing (all is invalidated). */
export function previousManifest(state: DeployState | undefined, base: string): Manifest | undefined {
  return state && state.base === base ? state.manifest : undefined;
}
