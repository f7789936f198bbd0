import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';
import { PasswordSignInPage } from '@motcua/ui';
import { signInRoutes } from '../paths';

/** /dang-nhap: the form, and once signed in, on to the page the user was stopped at. */
export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  return (
    <PasswordSignInPage
      routes={signInRoutes}
      appTitle={t('appTitle')}
      intro={t('signIn.intro')}
      signIn={signIn}
      notAccepted={{ title: t('signIn.notStaff.title'), description: t('signIn.notStaff.description') }}
    />
  );
}
