import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResultDelivery } from '@motcua/graphql-client';
import type { FilingForm } from './ApplicantStep';

const deliveries: readonly ResultDelivery[] = ['ONLINE', 'AT_COUNTER', 'POSTAL'];

/** Nhận kết quả: online, at the counter, or by post to the applicant's address. */
export function DeliveryStep({ form }: { form: FilingForm }) {
  const { t } = useTranslation();
  return (
    <Radio.Group {...form.getInputProps('resultDelivery')} label={t('onlineFiling.delivery.label')} required>
      <Stack gap="sm" mt="xs">
        {deliveries.map((delivery) => (
          <Radio key={delivery} value={delivery} label={t(`onlineFiling.delivery.options.${delivery}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
