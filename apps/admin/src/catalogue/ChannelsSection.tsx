import { Button, Group, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DurationFields } from './DurationFields';
import { AddButton, ListItem } from './ListItem';
import { SectionCard, type TermsForm } from './SectionCard';
import { channelOrder, emptyChannel, emptyFee } from './termsForm';

/** Ways of filing (CACHTHUCTHUCHIEN): per channel, its fees in whole đồng and, when it differs, its own time. */
export function ChannelsSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const unused = channelOrder.filter((channel) => !values.channels.some((item) => item.channel === channel));
  return (
    <SectionCard id="terms-channels" title={t('catalogue.editor.channels.heading')} error={form.errors['channels']}>
      {values.channels.map((channel, i) => {
        const channelName = t(`catalogue.channel.${channel.channel}`);
        return (
          <ListItem
            key={channel.channel}
            title={channelName}
            removeLabel={t('catalogue.editor.channels.remove', { channel: channelName })}
            onRemove={() => form.removeListItem('channels', i)}
          >
            {form.errors[`channels.${i}.channel`] && (
              <Text size="sm" c="red" role="alert">
                {form.errors[`channels.${i}.channel`]}
              </Text>
            )}
            <Switch
              label={t('catalogue.editor.channels.ownTime')}
              {...form.getInputProps(`channels.${i}.ownTime`, { type: 'checkbox' })}
            />
            {channel.ownTime && (
              <DurationFields
                form={form}
                path={`channels.${i}.processingTime`}
                valueLabel={t('catalogue.editor.channels.time', { channel: channelName })}
                unitLabel={t('catalogue.editor.processingTime.unit')}
              />
            )}
            <Text size="sm" fw={500}>
              {t('catalogue.editor.channels.fees')}
            </Text>
            {channel.fees.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('catalogue.editor.channels.noFees')}
              </Text>
            )}
            {channel.fees.map((_, j) => (
              <Stack key={j} gap={4}>
                <Group gap="xs" align="flex-end" wrap="wrap">
                  <TextInput
                    label={t('catalogue.editor.channels.feeDescription')}
                    style={{ flex: 2 }}
                    miw={200}
                    {...form.getInputProps(`channels.${i}.fees.${j}.description`)}
                  />
                  <NumberInput
                    label={t('catalogue.editor.channels.feeAmount')}
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    w={160}
                    {...form.getInputProps(`channels.${i}.fees.${j}.amountVnd`)}
                  />
                  <TextInput
                    label={t('catalogue.editor.channels.feeLegalText')}
                    style={{ flex: 1 }}
                    miw={160}
                    {...form.getInputProps(`channels.${i}.fees.${j}.legalText`)}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    aria-label={t('catalogue.editor.channels.removeFee', { number: j + 1 })}
                    onClick={() => form.removeListItem(`channels.${i}.fees`, j)}
                  >
                    {t('catalogue.editor.remove')}
                  </Button>
                </Group>
              </Stack>
            ))}
            <AddButton
              label={t('catalogue.editor.channels.addFee')}
              onClick={() => form.insertListItem(`channels.${i}.fees`, emptyFee())}
            />
          </ListItem>
        );
      })}
      {unused.length > 0 && (
        <Group gap="xs">
          {unused.map((channel) => (
            <Button
              key={channel}
              variant="light"
              size="sm"
              onClick={() => form.insertListItem('channels', emptyChannel(channel, values.processingTime))}
            >
              {`${t('catalogue.editor.add')}: ${t(`catalogue.channel.${channel}`)}`}
            </Button>
          ))}
        </Group>
      )}
    </SectionCard>
  );
}
