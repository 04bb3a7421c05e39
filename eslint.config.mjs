// Lint rules, including the process boundaries of STYLE.md: the renderer never imports electron,
// node:* or better-sqlite3, and code that only computes (electron/core, electron/common, electron/ipc)
// never imports electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeOnlyModules = ['electron', 'better-sqlite3', 'fs', 'path', 'child_process', 'os', 'crypto'].map((name) => ({
  name,
  message: 'The renderer runs sandboxed: no Node or Electron modules.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeOnlyModules,
          patterns: [
            { regex: '^node:', message: 'The renderer runs sandboxed: no Node modules.' },
            // Main-process code reaches the window only as types; runtime code comes from electron/common.
            { group: ['**/electron/core/**', '**/electron/main/**'], message: 'Main-process code: import its types only.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/common/**/*.ts', 'electron/ipc/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron.' }] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs', 'test/**/*.mjs', 'build/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    // electron-builder hooks are CommonJS modules that electron-builder requires.
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
