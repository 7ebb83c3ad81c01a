#!/usr/bin/env node
// npm run deploy: checks for AWS credentials (and stops with one sentence saying what is missing),
// installs deploy/'s dependencies, builds the site, bootstraps the account for the CDK if needed,
// deploys the stack with `cdk deploy` and remembers what it uploaded (lib/state.ts).
//   npm run deploy                      SITE_DOMAIN, CERTIFICATE_ARN, BASE_PATH, PRICE_CLASS: see README
//   npm run deploy -- --check           only the credential check
//   npm run deploy -- -c priceClass=All other arguments go to `cdk deploy`
// SITE_URL, the site's public origin, is taken from SITE_URL, else SITE_DOMAIN, else the address
// the last deployment reported. When none is known (the first deployment without a domain), the
// site is built and deployed once, then built again for the address CloudFront gave it and
// deployed a second time, so its canonical links and sitemap point at itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cdk, childEnv, contextOf, findCredentials, rebuildOrigin, run } from '../lib/commands.ts';
import { deployDir, siteSettings } from '../lib/settings.ts';
import { listSiteFiles, siteManifest } from '../lib/site-files.ts';
import { readState, writeState } from '../lib/state.ts';
import { LOCAL_ORIGIN } from '../../src/config/site.ts';

const args = process.argv.slice(2);
const credentials = await findCredentials(process.env);
if (!credentials.ok) {
  console.error(credentials.message);
  process.exit(1);
}
console.log(`✔ AWS credentials: ${credentials.source}; region ${credentials.region}`);
if (args.includes('--check')) process.exit(0);

const root = join(deployDir, '..');
const distDir = join(root, 'dist');
const cdkArgs = args.filter((arg) => arg !== '--check');
let settings;
try {
  settings = siteSettings({ ...process.env, DIST_DIR: distDir }, contextOf(cdkArgs));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const outputsFile = join(deployDir, 'cdk.out', 'outputs.json');
const env = childEnv({ AWS_REGION: credentials.region, BASE_PATH: settings.base, DIST_DIR: distDir });

run(process.execPath, [join(deployDir, 'bin', 'install.ts')], { cwd: root, env });

const lastUrl = readState(deployDir, settings.stackName)?.siteUrl;
const fixedOrigin =
  process.env.SITE_URL || (settings.domainName ? `https://${settings.domainName}` : undefined);
let origin = fixedOrigin ?? (lastUrl ? new URL(lastUrl).origin : undefined);

cdk(['bootstrap'], env);
for (let round = 1; round <= 2; round++) {
  console.log(`Building the site for ${origin ?? 'an address not known yet'}${settings.base}`);
  // With no address yet, the first build is for local links only; the distribution's address is
  // known after it deploys, and the site is built again for it.
  run('npm', ['run', 'build'], { cwd: root, env: { ...env, SITE_URL: origin ?? LOCAL_ORIGIN } });
  cdk(
    ['deploy', settings.stackName, '--require-approval', 'never', '--outputs-file', outputsFile, ...cdkArgs],
    env,
  );

  const outputs = JSON.parse(readFileSync(outputsFile, 'utf8')) as Record<string, Record<string, string>>;
  const siteUrl = outputs[settings.stackName]?.SiteUrl;
  writeState(deployDir, settings.stackName, {
    base: settings.base,
    ...(siteUrl ? { siteUrl } : {}),
    manifest: siteManifest(distDir, listSiteFiles(distDir)),
  });
  const again = round === 1 ? rebuildOrigin(origin, siteUrl, Boolean(fixedOrigin)) : undefined;
  if (!again) {
    console.log(`✔ The site is at ${siteUrl ?? '(see the stack outputs)'}`);
    break;
  }
  console.log(`The site answers at ${again}, not at the address it was built for: building it again.`);
  origin = again;
}
