import root from '../eslint.config.mjs';

// Nest resolves constructor and handler parameters from decorator metadata, so the imports those decorators
// reference must stay value imports; telling the parser about the metadata lets consistent-type-imports allow them.
export default [
  ...root,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
  },
  {
    // Plain Node scripts (pnpm start's entry).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
];
