import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the operations in src/operations, checked against the committed supergraph
// (the same contract the gateway serves). The output is committed, so it must not depend on the
// machine or the time: no remote schema, no timestamps, sorted by the preset.
const config: CodegenConfig = {
  schema: '../../apps/gateway/supergraph.graphql',
  documents: 'src/operations/**/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        // Apps read query results directly; masking would add ceremony without a fragment to hide.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // `enumsAsTypes` of older typescript-operations is `enumType` in v6: a union of string
        // literals, so enum values are plain strings with no runtime object.
        enumType: 'string-literal',
        // Scalars stay strings (ISO dates, "2026-10-25" for Date) instead of `any`.
        scalars: { DateTime: 'string', Date: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
