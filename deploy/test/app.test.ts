/**
 * bin/app.ts as `cdk synth` runs it: plain `node` (type stripping, no build step), writing the
 * cloud assembly to the folder CDK_OUTDIR names.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from './fixture-site.ts';

const app = join(import.meta.dirname, '..', 'bin', 'app.ts');

function synth(env: Record<string, string>) {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-out-'));
  const result = spawnSync(process.execPath, [app], {
    env: { PATH: process.env.PATH ?? '', HOME: outdir, CDK_OUTDIR: outdir, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const template = JSON.parse(readFileSync(join(outdir, `${env.STACK_NAME}.template.json`), 'utf8')) as {
    Resources: Record<string, { Type: string }>;
  };
  return Object.values(template.Resources).map((r) => r.Type);
}

describe('bin/app.ts under plain node', () => {
  it('synthesizes the site stack from a built site', () => {
    const types = synth({ DIST_DIR: fixtureSite(), STACK_NAME: 'SiteUnderTest' });
    for (const type of ['AWS::S3::Bucket', 'AWS::CloudFront::Distribution', 'AWS::CloudFront::Function']) {
      expect(types).toContain(type);
    }
  });

  it('for cdk destroy, stands in for the stack without a built site', () => {
    const types = synth({ SITE_TEARDOWN: '1', DIST_DIR: '/nonexistent', STACK_NAME: 'SiteUnderTest' });
    expect(types).toEqual(['AWS::CloudFormation::WaitConditionHandle']);
  });
});
