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
export { SearchIcon, ChevronIcon, UserIcon } from './icons';
export { formatDate, formatDateTime } from './format';
export { nextParam, safeNextPath, signInPathFor, type SignInRoutes } from './session/signInRoutes';
export { RequireSignedIn } from './session/RequireSignedIn';
export { SignedOutPage, type SignedOutPageProps } from './session/SignedOutPage';
export { PasswordSignInForm, type PasswordSignInFormProps } from './session/PasswordSignInForm';
export { PasswordSignInPage, type PasswordSignInPageProps } from './session/PasswordSignInPage';
export { PasswordField } from './session/PasswordField';
export type { NotAcceptedNotice } from './session/SignInAlert';
export { DurationText, formatDuration, useFormatDuration, type DurationUnit } from './DurationText';
export {
  DossierStatusBadge,
  TimelinessBadge,
  dossierStatusColor,
  dossierStatuses,
  dossierStatusName,
  timelinessName,
} from './dossiers';
export { bytesToBase64, base64ToBytes } from './base64';
