// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-base/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/',
      // deploy/: synthesized CloudFormation and its copies of dist/.
      'deploy/cdk.out/',
    ],
  },
  tseslint.configs.recommended,
  eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // src/lib is pure functions: it reads no files, no collections and no settings; what it needs
  // is passed in. The direction is content → schemas → lib → data → components → pages, so a
  // module of src/lib imports packages, src/lib and src/schemas only (checked at each depth).
  ...[1, 2, 3].map(
    (depth) =>
      /** @type {import('eslint').Linter.Config} */ ({
        files: [`src/lib/${'*/'.repeat(depth - 1)}*.ts`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                {
                  regex: '^astro(:|/|$)',
                  message: 'src/lib does not read collections; take the data as an argument.',
                },
                {
                  regex: '^(node:)?(fs|fs/promises|child_process|http|https|net)$',
                  message: 'src/lib reads no files.',
                },
                {
                  regex: `^(\\.\\./){${depth}}(?!schemas/)`,
                  message: 'src/lib imports only src/lib, src/schemas and packages.',
                },
              ],
            },
          ],
        },
      }),
  ),
);
