import { useState } from 'react';
import { Anchor, Button, Card, DataList, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MyDossiersDocument, NetworkStatus, useQuery, type MyDossiersQuery } from '@motcua/graphql-client';
import { EmptyResult, LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { myDossierPath, onlineFilingPath, paths } from '../paths';
import { DossierStatusBadge, TimelinessBadge } from './DossierBadges';
import { DueDate } from './deadlineText';

type DossierRow = MyDossiersQuery['myDossiers']['edges'][number]['node'];

const pageSize = 20;
/** Below 600 px the list is cards; above, a table (as the procedure search does). */
const phoneQuery = '(max-width: 37.49em)';

/** The code leading to the dossier, or, for a draft, the way back into the form. */
function DossierLink({ dossier }: { dossier: DossierRow }) {
  const { t } = useTranslation();
  if (dossier.status === 'DRAFT') {
    return (
      <Stack gap={0}>
        <Text size="sm" c="dimmed">
          {t('myDossiers.draft')}
        </Text>
        <Anchor component={Link} to={onlineFilingPath(dossier.procedureCode, dossier.id)} size="sm">
          {t('myDossiers.continue')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Anchor
      component={Link}
      to={myDossierPath(dossier.id)}
      ff="monospace"
      size="sm"
      style={{ overflowWrap: 'anywhere' }}
    >
      {dossier.code ?? t('myDossiers.open')}
    </Anchor>
  );
}

function Due({ dossier }: { dossier: DossierRow }) {
  if (dossier.status === 'DRAFT') return <>—</>;
  return (
    <Stack gap={4} align="flex-start">
      <DueDate deadline={dossier.deadline} status={dossier.status} />
      {dossier.deadline.timeliness && <TimelinessBadge timeliness={dossier.deadline.timeliness} />}
    </Stack>
  );
}

function DossierTable({ dossiers }: { dossiers: DossierRow[] }) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t('myDossiers.tableLabel')} withTableBorder verticalSpacing="sm" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="22%">
            {t('myDossiers.code')}
          </Table.Th>
          <Table.Th scope="col">{t('myDossiers.procedure')}</Table.Th>
          <Table.Th scope="col" w="18%">
            {t('myDossiers.status')}
          </Table.Th>
          <Table.Th scope="col" w="18%">
            {t('myDossiers.due')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {dossiers.map((dossier) => (
          <Table.Tr key={dossier.id}>
            <Table.Td>
              <DossierLink dossier={dossier} />
            </Table.Td>
            <Table.Td>{dossier.procedureName}</Table.Td>
            <Table.Td>
              <DossierStatusBadge status={dossier.status} />
            </Table.Td>
            <Table.Td>
              <Due dossier={dossier} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The same rows as cards, for phones, where a procedure name needs the whole width. */
function DossierCards({ dossiers }: { dossiers: DossierRow[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" aria-label={t('myDossiers.tableLabel')} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {dossiers.map((dossier) => (
        <Card component="li" key={dossier.id} withBorder padding="sm">
          <Text fw={600} mb="xs" style={{ overflowWrap: 'anywhere' }}>
            {dossier.procedureName}
          </Text>
          <DataList size="sm" gap={4} labelWidth="7rem">
            <DataList.Item>
              <DataList.ItemLabel>{t('myDossiers.code')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <DossierLink dossier={dossier} />
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('myDossiers.status')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <DossierStatusBadge status={dossier.status} />
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('myDossiers.due')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Due dossier={dossier} />
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
        </Card>
      ))}
    </Stack>
  );
}

/** /ho-so-cua-toi — the signed-in citizen's dossiers, newest first, drafts included. */
export function MyDossiersPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('myDossiers.heading')} · ${t('appTitle')}`);
  const isPhone = useMediaQuery(phoneQuery, false, { getInitialValueInEffect: false });
  // From the network on every visit: a status may have changed since the last one.
  const query = useQuery(MyDossiersDocument, {
    variables: { first: pageSize },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const connection = query.data?.myDossiers;
  const dossiers = connection?.edges.map((edge) => edge.node) ?? [];

  async function loadMore() {
    setLoadMoreFailed(false);
    try {
      await query.fetchMore({ variables: { after: connection?.pageInfo.endCursor } });
    } catch {
      setLoadMoreFailed(true);
    }
  }

  let body;
  if (query.error && !connection) body = <LoadErrorAlert onRetry={() => void query.refetch().catch(() => undefined)} />;
  else if (!connection) body = <LoadingState />;
  else if (dossiers.length === 0)
    body = (
      <EmptyResult
        title={t('myDossiers.empty')}
        description={
          <Anchor component={Link} to={paths.home}>
            {t('myDossiers.emptyHint')}
          </Anchor>
        }
      />
    );
  else
    body = (
      <Stack gap="sm">
        {isPhone ? <DossierCards dossiers={dossiers} /> : <DossierTable dossiers={dossiers} />}
        {loadMoreFailed && <LoadErrorAlert onRetry={() => void loadMore()} />}
        <Stack align="center" gap="xs" py="sm">
          <Text size="sm" c="dimmed" role="status">
            {t('myDossiers.shown', { shown: dossiers.length, total: connection.totalCount })}
          </Text>
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="light"
              onClick={() => void loadMore()}
              loading={query.networkStatus === NetworkStatus.fetchMore}
            >
              {t('myDossiers.loadMore')}
            </Button>
          )}
        </Stack>
      </Stack>
    );

  return (
    <Stack gap="lg">
      <PageHeader title={t('myDossiers.heading')} description={t('myDossiers.intro')} />
      {body}
    </Stack>
  );
}
