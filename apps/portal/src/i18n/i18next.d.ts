// Types `t()` against the bundled strings, so a misspelt key fails the typecheck instead of
// showing the key to a citizen.
import type { CommonStrings } from '@motcua/ui';
import type { portalVi } from './strings';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    fallbackNS: 'common';
    resources: { app: typeof portalVi; common: CommonStrings };
  }
}
