// Lint: typescript-eslint (type-aware), React hooks, and the one-way imports of docs/design.md ("Data flow").
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Cytoscape and its extensions are the graph module's business (docs/design.md, "The canvas": one adapter for the
// imperative library): only src/graph/ imports them, plus bench/ and tests/, which drive it
// directly to measure and check that module, and the ambient types for extensions that ship none.
const CYTOSCAPE_SOURCE = '^(cytoscape(-[\\w.-]+)?|react-cytoscapejs)(/.*)?$';
const CYTOSCAPE_MESSAGE =
  'Cytoscape is imported only inside src/graph/; go through the adapter or the GraphView handle.';
const cytoscapeOnlyInGraph = { regex: CYTOSCAPE_SOURCE, message: CYTOSCAPE_MESSAGE };
const CYTOSCAPE_OWNERS = [
  'src/graph/**',
  'bench/**',
  'tests/**',
  'src/types/cytoscape-extensions.d.ts',
];

// Every no-restricted-imports entry carries the Cytoscape pattern too: in a flat config a later
// entry for the same files replaces the rule's options rather than adding to them.
const restrict = (from, targets) => ({
  files: [`${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...targets.map((t) => ({
            group: [`**/${t}/*`, `**/${t}`],
            message: `${from} must not import from ${t} (imports point ui → store → model → graph-data).`,
          })),
          cytoscapeOnlyInGraph,
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
      // Scratch scripts, git-ignored like the folders above.
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: CYTOSCAPE_OWNERS,
    rules: {
      'no-restricted-imports': ['error', { patterns: [cytoscapeOnlyInGraph] }],
      // no-restricted-imports does not see import(); this catches a lazily loaded extension.
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression[source.value=/${CYTOSCAPE_SOURCE.replaceAll('/', '\\/')}/]`,
          message: CYTOSCAPE_MESSAGE,
        },
      ],
    },
  },
  restrict('src/model', ['store', 'graph', 'ui', 'react']),
  restrict('graph-data', ['src']),
  restrict('src/store', ['graph', 'ui']),
);
