// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import regexp from 'eslint-plugin-regexp';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'examples/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Patterns run on text from strangers' posts: none may backtrack super-linearly.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A group that documents what a pattern matches is worth more than the saved capture.
      'regexp/no-unused-capturing-group': 'off',
    },
  },
  {
    // Tests read the site's own output and fixtures, not strangers' posts.
    files: ['tests/**'],
    rules: { 'regexp/no-super-linear-move': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
