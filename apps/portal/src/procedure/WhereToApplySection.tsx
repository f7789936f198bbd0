import { Anchor, Badge, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PlaceContact } from '../places/PlaceContact';
import { Section } from './Section';
import type { ReceivingSection } from './types';
import classes from './ProcedurePage.module.css';

/** Nơi tiếp nhận: the one-stop places that receive this procedure, with their address and hours. */
export function WhereToApplySection({ entries }: { entries: ReceivingSection[] }) {
  const { t } = useTranslation();

  return (
    <Section id="where" title={t('procedure.where.heading')}>
      <Stack gap="sm">
        {entries.length === 0 ? (
          <Text>{t('procedure.where.none')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {entries.map(({ section, fullyOnSite }) => {
              const headingId = `section-${section.id}`;
              return (
                <Card key={section.id} component="article" withBorder padding="md" aria-labelledby={headingId}>
                  <Stack gap="xs" className={classes.wrap}>
                    <Title order={3} fz="md" id={headingId}>
                      {section.name}
                    </Title>
                    <PlaceContact place={section} />
                    {fullyOnSite && (
                      <Badge variant="light" tt="none" radius="sm" h="auto" py={2} className={classes.wrap}>
                        {t('procedure.where.fullyOnSite')}
                      </Badge>
                    )}
                  </Stack>
                </Card>
              );
            })}
          </SimpleGrid>
        )}
        <Anchor component={Link} to="/noi-tiep-nhan" size="sm" className={classes.noPrint}>
          {t('procedure.where.allPlaces')}
        </Anchor>
      </Stack>
    </Section>
  );
}
