// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers: model ← graph ← layout/render ← state ← ui ← app/embed.
 * Each layer may import only from the layers to its left. The rules below make
 * that mechanical, with messages that say why.
 */
const PURE =
  'model/ and graph/ are pure: the CLI and Web Workers reuse them, so no React, d3, zustand or DOM.';
const layer = (name) => [
  `**/${name}`,
  `**/${name}/**`,
  `../${name}`,
  `../${name}/*`,
  `./${name}/*`,
];
const forbid = (layers, message) =>
  layers.map((name) => ({ group: layer(name), message: `${message} (imports ${name}/)` }));

const pureLibs = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: PURE },
  // d3-dsv is the one d3 module allowed: a pure text parser (CSV), no DOM.
  { group: ['d3-*', '!d3-dsv'], message: PURE },
  { group: ['zustand', 'zustand/*'], message: PURE },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'public/schema',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Untrusted strings never become HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data is untrusted: render text, never HTML.',
        },
      ],
    },
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureLibs,
            ...forbid(
              ['graph', 'layout', 'render', 'state', 'ui', 'embed', 'cli'],
              'model/ is the bottom layer',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/graph/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureLibs,
            ...forbid(
              ['layout', 'render', 'state', 'ui', 'embed', 'cli'],
              'graph/ may use only model/',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/layout/**', 'src/render/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'],
              message: 'layout/ and render/ are framework-free engines.',
            },
            ...forbid(
              ['state', 'ui', 'embed', 'cli'],
              'layout/ and render/ sit below state/ and ui/',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*'],
              message: 'state/ is the vanilla store; React bindings live in ui/.',
            },
            ...forbid(['ui', 'embed', 'cli'], 'state/ sits below ui/'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbid(
            ['embed', 'cli'],
            'ui/ is shared by the app and the embed; it must not depend on either',
          ),
        },
      ],
    },
  },
);
