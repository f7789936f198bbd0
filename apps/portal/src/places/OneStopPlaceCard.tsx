import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OneStopPlacesQuery } from '@motcua/graphql-client';
import { PlaceContact } from './PlaceContact';

export type OneStopPlace = OneStopPlacesQuery['oneStopSections'][number];

/** One place where dossiers are received: where, when, and which counter takes which fields. */
export function OneStopPlaceCard({ place }: { place: OneStopPlace }) {
  const { t } = useTranslation();
  const headingId = `place-${place.id}`;
  return (
    <Card component="article" withBorder padding="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} fz="lg" id={headingId}>
          {place.name}
        </Title>
        <PlaceContact place={place} />
        <Title order={4} fz="sm">
          {t('places.counters', { count: place.counters.length })}
        </Title>
        <List listStyleType="none" spacing="xs" m={0} p={0}>
          {place.counters.map((counter) => (
            <List.Item key={counter.id}>
              <Text size="sm" fw={500}>
                {counter.name}
              </Text>
              <Group component="ul" gap={4} m={0} mt={4} p={0} style={{ listStyle: 'none' }}>
                {counter.fields.map((field) => (
                  <li key={field}>
                    <Badge variant="light" tt="none" radius="sm">
                      {field}
                    </Badge>
                  </li>
                ))}
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
