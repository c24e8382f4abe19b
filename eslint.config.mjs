import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-*/**', 'bench/bare-next/.next/**', '.moa/**', 'node_modules/**', 'lib/generated/**', 'next-env.d.ts', 'public/sw.js'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Node scripts (orchestrators, harness, benchmarks) are plain ESM.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.mjs', '*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
