import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * A calm government blue (xanh dương hành chính). Shade 7, the one used for filled buttons and
 * links in light mode, has a contrast of about 7:1 against white, so text on it and text in it
 * both pass WCAG AA.
 */
const motcuaBlue: MantineColorsTuple = [
  '#eaf1fb',
  '#d3e1f5',
  '#a6c2ea',
  '#76a1de',
  '#4f85d3',
  '#3873cc',
  '#2a64b8',
  '#1f559f',
  '#17478a',
  '#0d3a75',
];

export const motcuaTheme = createTheme({
  colors: { motcuaBlue },
  primaryColor: 'motcuaBlue',
  primaryShade: { light: 7, dark: 4 },
  // Picks black or white text on coloured backgrounds (badges, filled buttons) by contrast.
  autoContrast: true,
  defaultRadius: 'sm',
  // Focus ring on keyboard focus only, so mouse users see no outline but keyboard users always do.
  focusRing: 'auto',
  // System fonts that all carry Vietnamese diacritics; no web font to download on a slow phone.
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
});

/**
 * Mantine's dimmed text (gray 6) measures about 3.3:1 on white, below the 4.5:1 that WCAG AA asks
 * of body text. Secondary text here carries real information (counts, codes), so darken it; the
 * same for the error text under form fields.
 */
export const motcuaCssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7],
    '--mantine-color-placeholder': theme.colors.gray[7],
    // Field errors and the required asterisk: red 6 is about 3.5:1 on white, red 9 about 5.6:1.
    '--mantine-color-error': theme.colors.red[9],
  },
  dark: {},
});
