import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The config looks for Chromium only when a diagram is rendered, so type-checking (and dev)
// works on a machine without a browser. Pointing CHROME_PATH at nothing makes the lookup fail.
describe('without Chromium', () => {
  it('astro check loads the config and passes', () => {
    const run = spawnSync('npx', ['astro', 'check'], {
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium', FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    expect(output).not.toMatch(/Chromium/);
    expect(output).toMatch(/0 errors/);
    expect(run.status, output).toBe(0);
  }, 180_000);
});
