// ESLint: typescript-eslint's type-aware recommended rules over the sources, the tests and the bench;
// formatting is Prettier's (eslint-config-prettier turns off the rules it owns). Every rule turned
// off or down below says why.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // generated or vendored code and test data; the JavaScript entry points (bin/, bench/, this file)
    // are a few lines of glue outside the TypeScript project
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'build/**',
      'src/load/inventory-validate.generated.ts',
      'fixtures/**',
      'test/golden/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The code marks indexed reads with `!` (`cycles[i]!`) as the statement that the index is in range:
      // tsconfig keeps noUncheckedIndexedAccess off, so the type checker calls those assertions
      // unnecessary, yet they say what the reader must know and keep the code ready for the flag.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // a leading underscore marks a value left out on purpose (`const { tag: _tag, ...rest } = n`)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests parse what consumers and the CLI produce (SARIF, Code Quality, JSON reports, GitHub API
    // payloads) into `any` and assert on it: the assertions and the consumers' schemas are the type
    // check there, and typing every parsed payload would restate those schemas.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests feed hostile text on purpose: control characters in expected values and regexes are the
      // point (NUL, ESC for colours, XML-illegal characters), as are runs of spaces in YAML they match.
      'no-control-regex': 'off',
      'no-regex-spaces': 'off',
      // A test that measures a call re-throws whatever the call threw, unknown type included.
      '@typescript-eslint/only-throw-error': 'off',
      // Fakes of async interfaces (a recorded Engine API) answer at once.
      '@typescript-eslint/require-await': 'off',
    },
  },
  prettier,
);
