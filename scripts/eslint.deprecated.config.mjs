// Electron's typings mark deprecated APIs (@deprecated); this finds any the main process or the preload
// still uses. Typed linting is slow, so it is run by hand when Electron is upgraded
// (docs/electron-support.md): npx eslint -c scripts/eslint.deprecated.config.mjs electron/main electron/preload
import tseslint from 'typescript-eslint';

export default tseslint.config({
  files: ['**/*.ts'],
  languageOptions: { parser: tseslint.parser, parserOptions: { project: './tsconfig.json', tsconfigRootDir: process.cwd() } },
  plugins: { '@typescript-eslint': tseslint.plugin },
  rules: { '@typescript-eslint/no-deprecated': 'error' },
});
