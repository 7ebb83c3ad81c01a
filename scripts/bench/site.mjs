// Cold builds and the preview server, both run with the Node that runs the benchmark.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const require = createRequire(import.meta.url);
const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');

/**
 * Runs `astro build` after removing the output and Astro's caches, and returns its wall time.
 * Output goes to `logFile`; on failure its tail is in the error.
 * @param {{ root: string, outDir: string, env: Record<string, string>, logFile: string }} options
 * @returns {Promise<number>} milliseconds
 */
export async function coldBuild({ root, outDir, env, logFile }) {
  for (const dir of [outDir, '.astro', 'node_modules/.astro']) {
    await rm(join(root, dir), { recursive: true, force: true });
  }
  const start = performance.now();
  const code = await new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (status) => log.end(() => resolve(status)));
  });
  const ms = performance.now() - start;
  if (code !== 0) {
    const tail = (await readFile(logFile, 'utf8')).split('\n').slice(-30).join('\n');
    throw new Error(`astro build exited with ${code} (log: ${logFile}):\n${tail}`);
  }
  return ms;
}

/**
 * Serves a built site with `astro preview` on 127.0.0.1 and waits until it answers.
 * `--ignore-lock` lets it run beside another preview server of the same project.
 * @param {{ root: string, outDir: string, port: number }} options
 */
export async function startPreview({ root, outDir, port }) {
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(origin)) {
    throw new Error(`Port ${port} is already in use; choose another with --port (4700-4799).`);
  }
  const child = spawn(
    process.execPath,
    [astroBin, 'preview', '--port', String(port), '--host', '127.0.0.1', '--outDir', outDir, '--ignore-lock'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
      child.once('exit', () => resolve(undefined));
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited:\n${output}`);
    if (await answers(origin)) return { origin, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`astro preview did not answer on ${origin} within 30 s:\n${output}`);
}

async function answers(origin) {
  try {
    const response = await fetch(origin, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}
