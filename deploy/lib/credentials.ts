/**
 * Whether `cdk deploy` will find AWS credentials and a region, checked before anything is built,
 * in the order the AWS SDK looks (only Node built-ins, nothing is sent anywhere):
 * 1. AWS_ACCESS_KEY_ID with AWS_SECRET_ACCESS_KEY;
 * 2. the profile AWS_PROFILE names (or "default") in the shared credentials file
 *    (AWS_SHARED_CREDENTIALS_FILE, ~/.aws/credentials) or config file (AWS_CONFIG_FILE,
 *    ~/.aws/config): keys, a role to assume, IAM Identity Center (SSO), a credential process
 *    or a web identity token;
 * 3. a web identity token from the environment (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN);
 * 4. container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or _FULL_URI: ECS, CodeBuild).
 * The EC2 instance role is the SDK's last resort; bin/deploy.ts asks the instance metadata
 * service for it only when none of these is there.
 * Whether the credentials are valid is for AWS to say: `cdk deploy` reports that itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Record<string, string | undefined>;
type Ini = Record<string, Record<string, string>>;

export type CredentialCheck = { ok: true; source: string; region?: string } | { ok: false; message: string };

/** Sections and keys of an AWS shared config or credentials file. */
export function parseIni(text: string): Ini {
  const sections: Ini = {};
  let current: Record<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s+|\s+$/g, '');
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (section) {
      current = sections[section[1]!] ??= {};
      continue;
    }
    const eq = line.indexOf('=');
    if (current && eq > 0) current[line.slice(0, eq).trim().toLowerCase()] = line.slice(eq + 1).trim();
  }
  return sections;
}

/** Keys that make a profile a source of credentials, one way or another. */
const credentialKeys = [
  'aws_access_key_id',
  'role_arn',
  'credential_process',
  'sso_session',
  'sso_start_url',
  'web_identity_token_file',
  'login_session',
];

export interface Files {
  exists: (path: string) => boolean;
  read: (path: string) => string;
}

const realFiles: Files = { exists: existsSync, read: (path) => readFileSync(path, 'utf8') };

const set = (value: string | undefined) => value !== undefined && value.trim() !== '';

export function checkCredentials(
  env: Env,
  files: Files = realFiles,
  home = env.HOME ?? homedir(),
): CredentialCheck {
  const profile = env.AWS_PROFILE || env.AWS_DEFAULT_PROFILE || 'default';
  const credentialsPath = env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials');
  const configPath = env.AWS_CONFIG_FILE || join(home, '.aws', 'config');
  const load = (path: string): Ini => (files.exists(path) ? parseIni(files.read(path)) : {});
  const credentialsFile = load(credentialsPath);
  const configFile = load(configPath);
  const fromCredentials = credentialsFile[profile];
  const fromConfig =
    configFile[profile === 'default' ? 'default' : `profile ${profile}`] ?? configFile[profile];
  const region = [env.AWS_REGION, env.AWS_DEFAULT_REGION, fromConfig?.region].find(set);
  const found = (source: string): CredentialCheck => {
    if (!region) {
      return {
        ok: false,
        message: `AWS credentials were found (${source}) but no AWS region: set AWS_REGION, for example AWS_REGION=us-east-1, or add "region = …" to the profile in ${configPath}, then run npm run deploy again.`,
      };
    }
    return { ok: true, source, region };
  };

  if (set(env.AWS_ACCESS_KEY_ID) || set(env.AWS_SECRET_ACCESS_KEY)) {
    if (!set(env.AWS_ACCESS_KEY_ID) || !set(env.AWS_SECRET_ACCESS_KEY)) {
      const missing = set(env.AWS_ACCESS_KEY_ID) ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID';
      return {
        ok: false,
        message: `${missing} is not set: AWS needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY together (with AWS_SESSION_TOKEN for temporary keys), so set both and run npm run deploy again.`,
      };
    }
    return found('the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
  }
  const profileHasCredentials = [fromCredentials, fromConfig].some(
    (section) => section && credentialKeys.some((key) => set(section[key])),
  );
  if (profileHasCredentials)
    return found(`the profile "${profile}" in ${fromCredentials ? credentialsPath : configPath}`);
  if (env.AWS_PROFILE && !fromCredentials && !fromConfig) {
    return {
      ok: false,
      message: `AWS_PROFILE is "${env.AWS_PROFILE}", but neither ${credentialsPath} nor ${configPath} has a profile of that name: run \`aws configure --profile ${env.AWS_PROFILE}\` (or \`aws configure sso\`), or unset AWS_PROFILE, then run npm run deploy again.`,
    };
  }
  if (set(env.AWS_WEB_IDENTITY_TOKEN_FILE) && set(env.AWS_ROLE_ARN)) {
    return found('the web identity token in AWS_WEB_IDENTITY_TOKEN_FILE');
  }
  if (set(env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) || set(env.AWS_CONTAINER_CREDENTIALS_FULL_URI)) {
    return found('the container credentials endpoint');
  }
  return { ok: false, message: noCredentialsMessage };
}

/** The one sentence `npm run deploy` stops with when it finds no credentials at all. */
export const noCredentialsMessage =
  'No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or set AWS_PROFILE to a profile in ~/.aws/config (`aws configure` writes one), then run npm run deploy again.';
