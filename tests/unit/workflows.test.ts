/** The GitHub Actions workflows are valid workflow files (schema of GitHub's own validator). */
import { readdirSync, readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('workflow files', () => {
  it('exist', () => expect(files).toContain('prices.yml'));

  it.each(files)('%s validates', (file) => {
    expect(validateWorkflow(readFileSync(`${dir}/${file}`, 'utf8')).errors).toEqual([]);
  });

  it('rejects a broken workflow (the validator is really checking)', () => {
    const broken = readFileSync(`${dir}/prices.yml`, 'utf8').replace(
      'runs-on: ubuntu-latest',
      'runs_on: ubuntu-latest',
    );
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('runs the refresh weekly and on demand', () => {
    const text = readFileSync(`${dir}/prices.yml`, 'utf8');
    expect(text).toMatch(/schedule:\s*\n\s*- cron: '[^']+ 1'/);
    expect(text).toContain('workflow_dispatch:');
    expect(text).toContain('npm run -s prices:update');
  });
});
