import { useTranslation } from 'react-i18next';
import { PasswordSignInForm, type PasswordSignInFormProps } from './PasswordSignInForm';
import { SignedOutPage } from './SignedOutPage';
import type { SignInRoutes } from './signInRoutes';

export interface PasswordSignInPageProps extends PasswordSignInFormProps {
  routes: SignInRoutes;
  /** The app's name, for the document title. */
  appTitle: string;
  /** Who the page is for, under the heading. */
  intro: string;
}

/** /dang-nhap with a username and password, in either app: "Đăng nhập", the app's word on who it serves, the form. */
export function PasswordSignInPage({ routes, appTitle, intro, ...form }: PasswordSignInPageProps) {
  const { t } = useTranslation('common');
  return (
    <SignedOutPage routes={routes} title={t('signInForm.heading')} description={intro} appTitle={appTitle}>
      <PasswordSignInForm {...form} />
    </SignedOutPage>
  );
}
