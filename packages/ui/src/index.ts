// React pieces both apps share. Consumed straight from source by the apps' bundler.
export { UiProvider } from './UiProvider';
export { AppLayout, type AppLayoutProps } from './AppLayout';
export { LanguageSwitch } from './LanguageSwitch';
export { LoadingState, LoadErrorAlert, EmptyResult } from './LoadStates';
export { NotFoundPage } from './NotFoundPage';
export { ForbiddenPage } from './ForbiddenPage';
export { PageHeader, type PageHeaderProps } from './PageHeader';
export { motcuaTheme, motcuaCssVariablesResolver } from './theme';
export {
  setupI18n,
  readStoredLanguage,
  supportedLanguages,
  defaultLanguage,
  type Language,
  type AppStrings,
} from './i18n/setupI18n';
export { commonVi, commonEn, type CommonStrings } from './i18n/sharedStrings';
export { DurationText, formatDuration, useFormatDuration, type DurationUnit } from './DurationText';
export { SearchIcon, ChevronIcon } from './icons';
