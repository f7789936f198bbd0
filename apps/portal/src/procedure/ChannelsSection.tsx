import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DurationText } from '@motcua/ui';
import { useFormatters } from './format';
import { Section } from './Section';
import type { ProcedureTerms } from './types';

type Channel = ProcedureTerms['channels'][number];

function FeeList({ fees }: { fees: Channel['fees'] }) {
  const { t } = useTranslation();
  const { vnd } = useFormatters();
  if (fees.length === 0) return <Text size="sm">{t('procedure.channels.free')}</Text>;
  return (
    <List size="sm" spacing={6}>
      {fees.map((fee, index) => (
        <List.Item key={index}>
          {fee.description}: <strong>{fee.amountVnd === 0 ? t('procedure.channels.free') : vnd(fee.amountVnd)}</strong>
          {fee.legalText && (
            <Text size="xs" c="dimmed">
              {t('procedure.channels.legalText', { text: fee.legalText })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** Cách thức thực hiện: for each way of filing, how long it takes and what it costs. */
export function ChannelsSection({ channels }: { channels: ProcedureTerms['channels'] }) {
  const { t } = useTranslation();

  return (
    <Section id="channels" title={t('procedure.channels.heading')}>
      <SimpleGrid cols={{ base: 1, sm: Math.min(channels.length, 2), lg: Math.min(channels.length, 3) }}>
        {channels.map((channel) => {
          const headingId = `channel-${channel.channel}`;
          return (
            <Card key={channel.channel} component="article" withBorder padding="md" aria-labelledby={headingId}>
              <Stack gap="xs">
                <Title order={3} fz="lg" id={headingId}>
                  {t(`channel.${channel.channel}`)}
                </Title>
                <div>
                  <Title order={4} fz="sm">
                    {t('procedure.channels.processingTime')}
                  </Title>
                  <Text size="sm">
                    <DurationText duration={channel.processingTime} />
                  </Text>
                </div>
                <div>
                  <Title order={4} fz="sm" mb={4}>
                    {t('procedure.channels.fees')}
                  </Title>
                  <FeeList fees={channel.fees} />
                </div>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Section>
  );
}
