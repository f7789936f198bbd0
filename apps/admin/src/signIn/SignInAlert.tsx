import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import type { SignInFailure } from './signInFailure';

type AlertFailure = Exclude<SignInFailure, { kind: 'field' }>;

/** A failure that belongs to no one field. Mantine's Alert is role="alert", so it is announced. */
export function SignInAlert({ failure }: { failure: AlertFailure }) {
  const { t, i18n } = useTranslation();
  switch (failure.kind) {
    case 'locked':
      return (
        <Alert color="red" variant="light" title={t('signIn.locked.title')}>
          {/* Our own words when the API says when it opens again; otherwise the API's message. */}
          {failure.until
            ? t('signIn.locked.until', { time: formatDateTime(failure.until, i18n.resolvedLanguage) })
            : failure.message}
        </Alert>
      );
    case 'notStaff':
      return (
        <Alert color="orange" variant="light" title={t('signIn.notStaff.title')}>
          {t('signIn.notStaff.description')}
        </Alert>
      );
    case 'unavailable':
      return (
        <Alert color="red" variant="light" title={t('signIn.unavailable.title')}>
          {t('signIn.unavailable.description')}
        </Alert>
      );
  }
}
