import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Untrusted text must never become HTML: build nodes or use textContent.',
        },
      ],
    },
  },
  {
    // e2e helpers evaluate functions inside extension pages.
    files: ['tests/e2e/**'],
    languageOptions: { globals: { chrome: 'readonly', indexedDB: 'readonly' } },
  },
  {
    // Only the data layer may touch Dexie.
    files: ['entrypoints/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Use the repositories in utils/db.' }] },
      ],
    },
  },
);
