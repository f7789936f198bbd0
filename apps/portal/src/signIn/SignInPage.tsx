import { useTranslation } from 'react-i18next';
import { PasswordSignInPage } from '@motcua/ui';
import { paths, signInRoutes } from '../paths';
import { identityProvider } from './identityProvider';
import { SwitchLink } from './SwitchLink';

/**
 * /dang-nhap: a citizen signs in, then goes on to the page they were stopped at (or home). The
 * password provider is the only kind today; for a redirecting one (VNeID) this page would show a
 * SignedOutPage with its button instead of the form (see identityProvider.ts).
 */
export function SignInPage() {
  const { t } = useTranslation();
  return (
    <PasswordSignInPage
      routes={signInRoutes}
      appTitle={t('appTitle')}
      intro={t('signIn.intro')}
      signIn={identityProvider.signIn}
      usernameDescription={t('signIn.usernameHint')}
      notAccepted={{ title: t('signIn.notCitizen.title'), description: t('signIn.notCitizen.description') }}
      footer={<SwitchLink question={t('signIn.noAccount')} action={t('signIn.toSignUp')} to={paths.signUp} />}
    />
  );
}
