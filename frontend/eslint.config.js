// ESLint flat config (run: npm run lint). Browser scripts in js/ are classic <script src defer> files, not modules:
// each wraps itself in a function with 'use strict'. Tools in tools/ and this file run in Node.
const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  js.configs.recommended,
  {
    files: ['js/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'script',
      globals: globals.browser,
    },
    rules: {
      strict: ['error', 'function'],
    },
  },
  {
    files: ['tools/**/*.js', 'eslint.config.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'commonjs',
      globals: globals.node,
    },
  },
];
