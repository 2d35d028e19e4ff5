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
  // Boundaries between layers (STYLE.md "The shape of the house"). In a flat config the last
  // matching block sets a rule, so each block lists every restriction of its files.
  ...boundaries(),
);

function boundaries() {
  const dexieOnlyInDb = [
    {
      group: ['dexie', 'dexie/*', '@/utils/db/app-db'],
      message: 'Only utils/db touches Dexie and the database instance: call a repository.',
    },
  ];
  const noDb = (except = []) => [
    {
      group: ['@/utils/db/*', ...except.map((path) => `!${path}`)],
      message:
        'This layer never reads or writes the database: it gets data as arguments or messages.',
    },
  ];
  const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  return [
    {
      files: ['entrypoints/**', 'components/**', 'utils/**'],
      ignores: ['utils/db/**'],
      rules: rule(dexieOnlyInDb),
    },
    {
      // Pure modules and everything that runs in Gmail's or Calendar's page (where indexedDB is
      // the site's): the backup reader may use the pure schema versions and row upgrades only.
      files: [
        'entrypoints/*.content/**',
        'utils/gmail/**',
        'utils/calendar/**',
        'utils/features/**',
        'utils/dom/**',
        'utils/model/**',
        'utils/clients/**',
        'utils/reports/**',
        'utils/settings/**',
        'utils/snippets/**',
        'utils/time/**',
        'utils/i18n/**',
        'utils/messaging/**',
      ],
      rules: rule([...dexieOnlyInDb, ...noDb()]),
    },
    {
      files: ['utils/backup/**'],
      rules: rule([...dexieOnlyInDb, ...noDb(['@/utils/db/schema', '@/utils/db/migrations'])]),
    },
    {
      // Components only render: props in, callbacks out.
      files: ['components/**'],
      rules: rule([
        ...dexieOnlyInDb,
        ...noDb(),
        {
          group: ['wxt/browser', 'wxt/utils/storage'],
          message: 'Components use no browser API: the view passes what they need.',
        },
        {
          group: ['@/utils/messaging/*'],
          importNamePattern: '^send',
          message: 'Components send no messages: a callback prop lets the view do it.',
        },
      ]),
    },
    {
      // The schema versions and row upgrades stay pure: the backup reader runs them too.
      files: ['utils/db/schema.ts', 'utils/db/migrations/**'],
      rules: rule([
        {
          group: ['dexie', 'dexie/*', './app-db', '../app-db', '@/utils/db/app-db'],
          allowTypeImports: true,
          message: 'Schema versions and row upgrades are pure: no Dexie at run time.',
        },
      ]),
    },
  ];
}
