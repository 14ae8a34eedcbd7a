// ESLint flat config for the portal's browser scripts (run: npm run lint).
// The scripts are classic <script src defer> files, not modules: each wraps itself in a function with 'use strict'.
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
];
