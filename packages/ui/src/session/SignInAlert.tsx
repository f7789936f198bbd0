import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignInFailure } from '@motcua/graphql-client';
import { formatDateTime } from '../format';

export type AlertFailure = Exclude<SignInFailure, { kind: 'field' }>;

/** What the app says to an account it does not serve (a citizen in the console, staff on the portal). */
export interface NotAcceptedNotice {
  title: string;
  description: ReactNode;
}

/** A failure that belongs to no one field. Mantine's Alert is role="alert", so it is announced. */
export function SignInAlert({ failure, notAccepted }: { failure: AlertFailure; notAccepted: NotAcceptedNotice }) {
  const { t, i18n } = useTranslation('common');
  switch (failure.kind) {
    case 'locked':
      return (
        <Alert color="red" variant="light" title={t('signInForm.locked.title')}>
          {/* Our own words when the API says when it opens again; otherwise the API's message. */}
          {failure.until
            ? t('signInForm.locked.until', { time: formatDateTime(failure.until, i18n.resolvedLanguage) })
            : failure.message}
        </Alert>
      );
    case 'notAccepted':
      return (
        <Alert color="orange" variant="light" title={notAccepted.title}>
          {notAccepted.description}
        </Alert>
      );
    case 'unavailable':
      return (
        <Alert color="red" variant="light" title={t('signInForm.unavailable.title')}>
          {t('signInForm.unavailable.description')}
        </Alert>
      );
  }
}
