// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A relative import names its file, extension included: Node runs the scripts' TypeScript as it is and resolves nothing else. */
const NAMED_FILE = {
  regex: String.raw`^\.{1,2}/(?!.*\.(?:ts|astro|mdx|json|css|mjs|js|svg|png|woff2)(?:\?[a-z]+)?$)`,
  message: 'Name the file with its extension (./dates.ts): scripts run on Node, which resolves no other form.',
};
/** Tests may use the site's code; the site and its tools never use the tests'. */
const NOT_FROM_TESTS = {
  regex: String.raw`^(?:\.\./)+tests/`,
  message: 'Code outside tests/ must not import from tests/: move what both need next to the code that owns it.',
};
/** src/lib is the pure core: no I/O, no threads, no native drawing, no Astro runtime, so every module is unit-testable as is. */
const IO_IN_CORE = [
  {
    regex: '^node:',
    message:
      'src/lib is pure: do file, network and thread I/O in an adapter outside it (src/share-images/, src/content-check/, src/data/).',
  },
  {
    regex: String.raw`^(?:fs|path|os|crypto|child_process|worker_threads|http|https|net|zlib)(?:/|$)`,
    message: 'src/lib is pure: use an adapter outside it for I/O.',
  },
  {
    regex: String.raw`^(?:sharp|satori|@resvg/|@takumi-rs/|@napi-rs/)`,
    message: 'src/lib is pure: drawing belongs in src/share-images/.',
  },
  {
    regex: String.raw`^astro(?::|$|/(?!zod$))`,
    message: 'src/lib has no Astro import (astro/zod only): components, routes and src/data/ adapt it to Astro.',
  },
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'tests/fixtures/**/dist/',
      'bench/**/dist/',
      'bench/baseline/.astro/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [NAMED_FILE, NOT_FROM_TESTS] }],
    },
  },
  {
    files: ['src/lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NAMED_FILE, NOT_FROM_TESTS, ...IO_IN_CORE] }] },
  },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NAMED_FILE] }] },
  },
);
