import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { OneStopPlacesDocument, useQuery, type OneStopKind } from '@motcua/graphql-client';
import { EmptyResult, LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { OneStopPlaceCard, type OneStopPlace } from './OneStopPlaceCard';

/** From the province down, as a citizen looks: the Centre first, then districts, then communes. */
const kindOrder: OneStopKind[] = ['PROVINCIAL_CENTRE', 'DISTRICT_SECTION', 'COMMUNE_SECTION'];

/** /noi-tiep-nhan: where to hand in a dossier, grouped by tier. Public. */
export function OneStopPlacesPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('places.heading')} · ${t('appTitle')}`);
  const query = useQuery(OneStopPlacesDocument);
  const places = query.data?.oneStopSections ?? [];
  const groups = kindOrder
    .map((kind) => ({ kind, places: places.filter((place: OneStopPlace) => place.kind === kind) }))
    .filter((group) => group.places.length > 0);

  return (
    <Stack gap="lg">
      <PageHeader title={t('places.heading')} description={t('places.intro')} />
      {query.error ? (
        <LoadErrorAlert onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : query.loading && !query.data ? (
        <LoadingState />
      ) : groups.length === 0 ? (
        <EmptyResult title={t('places.empty')} />
      ) : (
        groups.map((group) => (
          <section key={group.kind} aria-labelledby={`places-${group.kind}`}>
            <Title order={2} fz="h3" id={`places-${group.kind}`} mb="sm">
              {t(`places.kind.${group.kind}`)}
            </Title>
            {/* One column on a phone; the Centre's long list of counters keeps the full width. */}
            <SimpleGrid cols={{ base: 1, md: group.kind === 'PROVINCIAL_CENTRE' ? 1 : 2 }}>
              {group.places.map((place) => (
                <OneStopPlaceCard key={place.id} place={place} />
              ))}
            </SimpleGrid>
          </section>
        ))
      )}
    </Stack>
  );
}
