import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OneStopPlacesQuery } from '@motcua/graphql-client';

export type OneStopPlace = OneStopPlacesQuery['oneStopSections'][number];

/** Phone numbers as published ("0297 3 866 888") dial without their spaces. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

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
        <Stack gap={4} component="dl" m={0}>
          <Text size="sm">
            <Text span fw={600} component="dt" display="inline">
              {t('places.address')}:{' '}
            </Text>
            <Text span component="dd" display="inline" m={0}>
              {place.address}
            </Text>
          </Text>
          {place.phone && (
            <Text size="sm">
              <Text span fw={600} component="dt" display="inline">
                {t('places.phone')}:{' '}
              </Text>
              <Text span component="dd" display="inline" m={0}>
                <Anchor href={telHref(place.phone)}>{place.phone}</Anchor>
              </Text>
            </Text>
          )}
          <Text size="sm">
            <Text span fw={600} component="dt" display="inline">
              {t('places.openingHours')}:{' '}
            </Text>
            <Text span component="dd" display="inline" m={0}>
              {place.openingHours}
            </Text>
          </Text>
        </Stack>
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
