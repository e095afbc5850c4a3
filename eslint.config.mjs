import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const miniprogramGlobals = {
  wx: 'readonly',
  App: 'readonly',
  Page: 'readonly',
  Component: 'readonly',
  Behavior: 'readonly',
  getApp: 'readonly',
  getCurrentPages: 'readonly',
  requirePlugin: 'readonly',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      '.cache/',
      'miniprogram/miniprogram_npm/',
      'docs/',
      'preview/vendor/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['miniprogram/**/*.ts', 'typings/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021, ...miniprogramGlobals } },
    rules: {
      // WeChat forbids dynamic code; keep it out of the package entirely.
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {
      globals: { ...globals.node, ...globals.jest, ...globals.browser, ...miniprogramGlobals },
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js', '*.js', '*.mjs', 'preview/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { sourceType: 'commonjs' },
  },
);
