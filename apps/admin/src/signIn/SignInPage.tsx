import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';
import { PasswordSignInForm, SignedOutPage } from '@motcua/ui';
import { signInRoutes } from '../paths';

/** /dang-nhap: the form, and once signed in, on to the page the user was stopped at. */
export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  return (
    <SignedOutPage
      routes={signInRoutes}
      title={t('signIn.heading')}
      description={t('signIn.intro')}
      appTitle={t('appTitle')}
    >
      <PasswordSignInForm
        signIn={signIn}
        notAccepted={{ title: t('signIn.notStaff.title'), description: t('signIn.notStaff.description') }}
      />
    </SignedOutPage>
  );
}
