import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';

/**
 * Who is signed in, and "Đăng xuất". In the blue header on a wide screen; in the navbar on a
 * phone, where the header has room for the menu button, the title and the language switch only.
 */
export function AccountMenu({ placement }: { placement: 'header' | 'navbar' }) {
  const { t } = useTranslation();
  const { account, signOut } = useSession();
  if (!account) return null;

  // Signing out here is immediate (the server is told in the background); the route guard then
  // takes the user to the sign-in page.
  const handleSignOut = () => void signOut();

  const name = (
    <Text component="span" size="sm" fw={600} truncate="end" maw={placement === 'header' ? 220 : undefined}>
      <VisuallyHidden>{t('session.signedInAs')} </VisuallyHidden>
      {account.displayName}
    </Text>
  );

  if (placement === 'header') {
    return (
      <Group gap="sm" wrap="nowrap" visibleFrom="sm">
        {name}
        <Button size="xs" variant="white" onClick={handleSignOut}>
          {t('session.signOut')}
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs" hiddenFrom="sm">
      {name}
      <Button variant="light" onClick={handleSignOut}>
        {t('session.signOut')}
      </Button>
    </Stack>
  );
}
