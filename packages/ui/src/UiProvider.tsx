import '@mantine/core/styles.css';
import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { motcuaCssVariablesResolver, motcuaTheme } from './theme';

/** Mantine with the Motcua theme. Light scheme only for now: the contrast was checked for it. */
export function UiProvider({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={motcuaTheme} cssVariablesResolver={motcuaCssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}
