#!/usr/bin/env node
// npm run destroy --prefix deploy: deletes the stack (bucket and files, distribution, functions,
// policies) with `cdk destroy`, and forgets the last deployment (lib/state.ts). It needs no built
// site: the app is asked only for the stack's name.
import { join } from 'node:path';
import { cdk, childEnv, contextOf, findCredentials, run } from '../lib/commands.ts';
import { deployDir, siteSettings } from '../lib/settings.ts';
import { forgetState } from '../lib/state.ts';

const args = process.argv.slice(2);
const credentials = await findCredentials(process.env);
if (!credentials.ok) {
  console.error(credentials.message.replace('npm run deploy again', 'npm run destroy --prefix deploy again'));
  process.exit(1);
}
const settings = siteSettings(process.env, contextOf(args));
const env = childEnv({ AWS_REGION: credentials.region, SITE_TEARDOWN: '1' });
run(process.execPath, [join(deployDir, 'bin', 'install.ts')], { cwd: deployDir, env });
cdk(['destroy', settings.stackName, '--force', ...args], env);
forgetState(deployDir, settings.stackName);
console.log(`✔ ${settings.stackName} is deleted`);
