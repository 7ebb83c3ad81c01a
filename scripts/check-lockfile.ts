#!/usr/bin/env node
// Checks package-lock.json against package.json, offline (see scripts/check/lockfile.ts).
//   node scripts/check-lockfile.ts [dir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLockfile } from './check/lockfile.ts';

const dir = process.argv[2] ?? '.';
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const lock = read('package-lock.json');
const errors = checkLockfile(read('package.json'), lock);
if (errors.length) {
  console.error(`✖ ${errors.length} problem(s) in ${join(dir, 'package-lock.json')}:`);
  for (const error of errors) console.error(`  ${error}`);
  process.exit(1);
}
console.log(
  `✔ package-lock.json: ${Object.keys(lock.packages).length - 1} entries, each with a version and an integrity, in step with package.json`,
);
