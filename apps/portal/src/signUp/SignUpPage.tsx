import { useTranslation } from 'react-i18next';
import { SignedOutPage } from '@motcua/ui';
import { paths } from '../paths';
import { SwitchLink } from '../signIn/SwitchLink';
import { SignUpForm } from './SignUpForm';

/**
 * /dang-ky: a new citizen's account. Once it exists the citizen is signed in and goes on to the
 * page they were stopped at, or else to their account page, which shows what was just created.
 */
export function SignUpPage() {
  const { t } = useTranslation();
  return (
    <SignedOutPage
      routes={{ home: paths.account, signIn: paths.signIn }}
      title={t('signUp.heading')}
      description={t('signUp.intro')}
      appTitle={t('appTitle')}
      withExpiredNotice={false}
    >
      <SignUpForm />
      <SwitchLink question={t('signUp.haveAccount')} action={t('signUp.toSignIn')} to={paths.signIn} />
    </SignedOutPage>
  );
}
