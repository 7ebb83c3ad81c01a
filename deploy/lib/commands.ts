/**
 * What `npm run deploy` and `npm run destroy --prefix deploy` share: the credential check (with
 * the EC2 instance role as the last resort, as the AWS SDK has it), running the CDK CLI on the
 * Node that runs this script, and the CDK context given on the command line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { checkCredentials, noCredentialsMessage, type CredentialCheck } from './credentials.ts';
import { deployDir } from './settings.ts';

type Env = Record<string, string | undefined>;

const metadata = 'http://169.254.169.254/latest';

/** The region of an EC2 instance whose role has credentials, or undefined (1 s at most). */
async function instanceRoleRegion(env: Env): Promise<string | undefined> {
  if (env.AWS_EC2_METADATA_DISABLED === 'true') return undefined;
  try {
    const signal = AbortSignal.timeout(1000);
    const token = await fetch(`${metadata}/api/token`, {
      method: 'PUT',
      headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '60' },
      signal,
    });
    if (!token.ok) return undefined;
    const headers = { 'x-aws-ec2-metadata-token': await token.text() };
    const role = await fetch(`${metadata}/meta-data/iam/security-credentials/`, { headers, signal });
    if (!role.ok || !(await role.text()).trim()) return undefined;
    const region = await fetch(`${metadata}/meta-data/placement/region`, { headers, signal });
    return region.ok ? (await region.text()).trim() : undefined;
  } catch {
    return undefined;
  }
}

/** The credential check, then the instance role when nothing else was found. */
export async function findCredentials(env: Env): Promise<CredentialCheck> {
  const check = checkCredentials(env);
  if (check.ok || check.message !== noCredentialsMessage) return check;
  const region = await instanceRoleRegion(env);
  if (!region) return check;
  return {
    ok: true,
    source: 'the EC2 instance role',
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || region,
  };
}

/** The environment for child processes: this Node first on PATH (the CDK CLI runs `node`). */
export function childEnv(extra: Env = {}): NodeJS.ProcessEnv {
  const path = [dirname(process.execPath), process.env.PATH].filter(Boolean).join(delimiter);
  return { ...process.env, PATH: path, CDK_DISABLE_CLI_TELEMETRY: 'true', ...extra };
}

/** Runs a command, stopping this script with its exit code if it fails. */
export function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): void {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`✖ ${[command, ...args].join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

/** Runs the CDK CLI of deploy/node_modules from deploy/. */
export function cdk(args: string[], env: NodeJS.ProcessEnv): void {
  run(process.execPath, [join(deployDir, 'node_modules', 'aws-cdk', 'bin', 'cdk'), ...args], {
    cwd: deployDir,
    env,
  });
}

/** `-c key=value` / `--context key=value` arguments, then cdk.json's context. */
export function contextOf(args: string[]): (key: string) => unknown {
  const given: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const pair = arg.startsWith('--context=')
      ? arg.slice('--context='.length)
      : arg === '-c' || arg === '--context'
        ? args[++i]
        : undefined;
    const eq = pair?.indexOf('=') ?? -1;
    if (pair && eq > 0) given[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const cdkJson = join(deployDir, 'cdk.json');
  const file = existsSync(cdkJson)
    ? ((JSON.parse(readFileSync(cdkJson, 'utf8')) as { context?: Record<string, unknown> }).context ?? {})
    : {};
  return (key) => given[key] ?? file[key];
}

/**
 * After a deployment: the origin to build the site again for, or undefined when it was built for
 * the right one. Only when the origin was not fixed (by SITE_URL or SITE_DOMAIN) and CloudFront
 * reports another address, as on the first deployment or after the stack was replaced.
 */
export function rebuildOrigin(builtFor: string | undefined, siteUrl: string | undefined, fixed: boolean) {
  if (fixed || !siteUrl) return undefined;
  const origin = new URL(siteUrl).origin;
  return origin === builtFor ? undefined : origin;
}
