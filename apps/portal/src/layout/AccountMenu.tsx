import type { ReactNode } from 'react';
import { Anchor, Box, Button, Menu } from '@mantine/core';
import { Link, useLocation, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';
import { ChevronIcon, signInPathFor, UserIcon } from '@motcua/ui';
import { paths, signInRoutes } from '../paths';

/** Shown from the `sm` breakpoint; on a phone the header has room for the icon only. */
function WideOnly({ children }: { children: ReactNode }) {
  return (
    <Box
      component="span"
      visibleFrom="sm"
      maw={220}
      // Mantine hides it below `sm` with display: none !important, which this does not override.
      style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}
    >
      {children}
    </Box>
  );
}

/** Signed out: "Đăng nhập", bringing the citizen back to this page afterwards. */
function SignInLink() {
  const { t } = useTranslation();
  const location = useLocation();
  const onSignInPage = Boolean(useMatch({ path: paths.signIn, end: true }));
  const onSignUpPage = Boolean(useMatch({ path: paths.signUp, end: true }));
  const here = `${location.pathname}${location.search}${location.hash}`;
  const label = t('account.signIn');
  return (
    <Anchor
      component={Link}
      to={onSignInPage || onSignUpPage ? paths.signIn : signInPathFor(here, signInRoutes)}
      c="white"
      size="sm"
      fw={onSignInPage ? 700 : 500}
      underline={onSignInPage ? 'always' : 'hover'}
      aria-current={onSignInPage ? 'page' : undefined}
      // Named even when only the icon shows; the visible words, where shown, are the same.
      aria-label={label}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap', flexShrink: 0 }}
    >
      <UserIcon />
      <WideOnly>{label}</WideOnly>
    </Anchor>
  );
}

/**
 * The citizen in the header: their name, opening a menu with their account and "Đăng xuất"; or,
 * signed out, a link to sign in. Nothing while a stored session is being restored, so the header
 * does not flash "Đăng nhập" at someone who is signed in.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const { status, account, signOut } = useSession();

  if (status === 'restoring') return null;
  if (!account) return <SignInLink />;

  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <Button
          size="xs"
          variant="white"
          px={8}
          style={{ flexShrink: 0 }}
          leftSection={<UserIcon size={16} />}
          aria-label={`${t('session.signedInAs')} ${account.displayName}`}
        >
          <WideOnly>
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {account.displayName}
            </span>
            <ChevronIcon size={14} style={{ transform: 'rotate(90deg)', flexShrink: 0 }} />
          </WideOnly>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {/* The name again, for the phone, where the button shows only the icon. */}
        <Menu.Label>{account.displayName}</Menu.Label>
        <Menu.Item component={Link} to={paths.myDossiers}>
          {t('myDossiers.heading')}
        </Menu.Item>
        <Menu.Item component={Link} to={paths.account}>
          {t('account.heading')}
        </Menu.Item>
        <Menu.Divider />
        {/* Immediate (the server is told in the background); a citizen's page then asks for a sign-in. */}
        <Menu.Item onClick={() => void signOut()}>{t('session.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
