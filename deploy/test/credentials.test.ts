import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextOf, rebuildOrigin } from '../lib/commands.ts';
import { checkCredentials, noCredentialsMessage, parseIni } from '../lib/credentials.ts';

/** A home folder with the given ~/.aws files. */
function home(files: { credentials?: string; config?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'aws-home-'));
  mkdirSync(join(dir, '.aws'));
  if (files.credentials) writeFileSync(join(dir, '.aws', 'credentials'), files.credentials);
  if (files.config) writeFileSync(join(dir, '.aws', 'config'), files.config);
  return dir;
}

describe('the AWS credential check', () => {
  it('finds nothing in an empty environment, and says what to set in one sentence', () => {
    const result = checkCredentials({ HOME: home() });
    expect(result).toEqual({ ok: false, message: noCredentialsMessage });
    expect(noCredentialsMessage.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });

  it('accepts keys in the environment, with a region', () => {
    const env = {
      HOME: home(),
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'eu-west-1',
    };
    expect(checkCredentials(env)).toMatchObject({ ok: true, region: 'eu-west-1' });
  });

  it('names the missing half of a key pair', () => {
    const result = checkCredentials({
      HOME: home(),
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_REGION: 'eu-west-1',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^AWS_SECRET_ACCESS_KEY is not set/);
  });

  it('asks for a region when credentials have none', () => {
    const result = checkCredentials({
      HOME: home(),
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 's',
    });
    expect(!result.ok && result.message).toMatch(/no AWS region: set AWS_REGION/);
  });

  it('reads the default profile and its region from ~/.aws', () => {
    const dir = home({
      credentials: '[default]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s\n',
      config: '[default]\nregion = ap-southeast-1\n',
    });
    expect(checkCredentials({ HOME: dir })).toMatchObject({ ok: true, region: 'ap-southeast-1' });
  });

  it('reads a named SSO profile from ~/.aws/config', () => {
    const dir = home({
      config: '[profile docs]\nsso_session = corp\nsso_account_id = 123456789012\nregion = us-west-2\n',
    });
    expect(checkCredentials({ HOME: dir, AWS_PROFILE: 'docs' })).toMatchObject({
      ok: true,
      region: 'us-west-2',
    });
  });

  it('says so when AWS_PROFILE names a profile that is not there', () => {
    const result = checkCredentials({
      HOME: home({ config: '[default]\nregion = us-east-1\n' }),
      AWS_PROFILE: 'nope',
    });
    expect(!result.ok && result.message).toMatch(
      /^AWS_PROFILE is "nope", but neither .* has a profile of that name/,
    );
  });

  it('accepts container and web identity credentials', () => {
    expect(
      checkCredentials({
        HOME: home(),
        AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/x',
        AWS_REGION: 'us-east-1',
      }).ok,
    ).toBe(true);
    expect(
      checkCredentials({
        HOME: home(),
        AWS_WEB_IDENTITY_TOKEN_FILE: '/tmp/token',
        AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/deploy',
        AWS_DEFAULT_REGION: 'us-east-1',
      }).ok,
    ).toBe(true);
  });

  it('parses INI files with comments and spacing', () => {
    expect(parseIni('# c\n[ profile a ]\n Region = x \n; c\nkey=v=w\n')).toEqual({
      'profile a': { region: 'x', key: 'v=w' },
    });
  });
});

describe('npm run deploy without AWS credentials', () => {
  const script = join(import.meta.dirname, '..', 'bin', 'deploy.ts');
  // A clean environment: no AWS variables, an empty home, and no instance metadata lookup.
  const cleanEnv = (extra: Record<string, string> = {}) => ({
    PATH: process.env.PATH ?? '',
    HOME: home(),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  });
  const deploy = (env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8', timeout: 30_000 });

  it('stops at once with one sentence naming what is missing, before building anything', () => {
    const result = deploy(cleanEnv());
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(noCredentialsMessage);
  });

  it('names the profile it could not find', () => {
    const result = deploy(cleanEnv({ AWS_PROFILE: 'site-deployer' }));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('AWS_PROFILE is "site-deployer"');
  });

  it('passes the check with credentials (--check stops there)', () => {
    const env = cleanEnv({
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'eu-west-1',
    });
    const result = deploy(env, ['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/AWS credentials: the environment variables .*; region eu-west-1/);
  });
});

describe('the address the site is built for', () => {
  it('builds again for CloudFront’s address when the first build could not know it', () => {
    expect(rebuildOrigin(undefined, 'https://d1234.cloudfront.net/', false)).toBe(
      'https://d1234.cloudfront.net',
    );
    expect(rebuildOrigin('https://old.cloudfront.net', 'https://d1234.cloudfront.net/docs/', false)).toBe(
      'https://d1234.cloudfront.net',
    );
  });

  it('does not build again when the address was right or was set by SITE_URL or SITE_DOMAIN', () => {
    expect(
      rebuildOrigin('https://d1234.cloudfront.net', 'https://d1234.cloudfront.net/', false),
    ).toBeUndefined();
    expect(rebuildOrigin('https://docs.example.com', 'https://docs.example.com/', true)).toBeUndefined();
    expect(rebuildOrigin('https://example.org', 'https://d1234.cloudfront.net/', true)).toBeUndefined();
    expect(rebuildOrigin(undefined, undefined, false)).toBeUndefined();
  });

  it('reads CDK context from the command line before cdk.json', () => {
    const context = contextOf(['-c', 'domainName=docs.example.com', '--context=priceClass=All', '--verbose']);
    expect(context('domainName')).toBe('docs.example.com');
    expect(context('priceClass')).toBe('All');
    expect(context('@aws-cdk/core:checkSecretUsage')).toBe(true);
    expect(context('nothing')).toBeUndefined();
  });
});
