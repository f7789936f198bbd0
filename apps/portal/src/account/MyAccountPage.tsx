import { Button, Group, Paper, Stack, Table } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { MeDocument, useQuery, useSession } from '@motcua/graphql-client';
import { formatDate, LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';

/**
 * /tai-khoan: what the portal knows of the signed-in citizen (the API's `me`), and the way out.
 * Behind RequireCitizen; later issues add the citizen's dossiers and online filing beside it.
 */
export function MyAccountPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(`${t('account.heading')} · ${t('appTitle')}`);
  const { signOut } = useSession();
  // From the network every time: the page is about this account now, not the cache of a previous one.
  const { data, loading, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'network-only' });
  const me = data?.me;

  return (
    <Stack gap="lg" maw={640}>
      <PageHeader title={t('account.heading')} description={t('account.intro')} />
      {loading && !me && <LoadingState />}
      {error && !me && <LoadErrorAlert onRetry={() => void refetch()} />}
      {me && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Table variant="vertical" layout="fixed" withRowBorders aria-label={t('account.tableLabel')}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={{ base: 130, sm: 200 }}>{t('account.displayName')}</Table.Th>
                <Table.Td>{me.displayName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('account.username')}</Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{me.username}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('account.kind')}</Table.Th>
                <Table.Td>{t(`account.kinds.${me.kind}`)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('account.createdAt')}</Table.Th>
                <Table.Td>{formatDate(me.createdAt, i18n.resolvedLanguage)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Group>
        <Button variant="default" onClick={() => void signOut()}>
          {t('session.signOut')}
        </Button>
      </Group>
    </Stack>
  );
}
