import { Group, Radio, Select, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TrackingBookDocument, useApolloClient, type BookFormat } from '@motcua/graphql-client';
import { isoDateFormat } from '../dates/isoDates';
import { FormFooter } from '../forms/FormFooter';
import { useMutationFailure } from '../forms/useMutationFailure';
import { saveFile } from './files';
import { useReceptionAgencies } from './receptionGrants';

interface BookValues {
  receivingAgencyId: string | null;
  period: [string | null, string | null];
  format: BookFormat;
}

/**
 * "Sổ theo dõi hồ sơ" (Mẫu 06/07): the dossiers a one-stop received between two days, downloaded as
 * a PDF to print or a spreadsheet. This month so far unless changed.
 */
export function TrackingBookForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const agencies = useReceptionAgencies();
  const [loading, setLoading] = useState(false);
  const form = useForm<BookValues>({
    mode: 'controlled',
    initialValues: {
      receivingAgencyId: agencies.length === 1 ? agencies[0]!.value : null,
      period: [dayjs().startOf('month').format(isoDateFormat), dayjs().format(isoDateFormat)],
      format: 'PDF',
    },
    validate: {
      receivingAgencyId: (value) => (value ? null : t('dossier.reception.errors.agencyRequired')),
      period: ([from, to]) => (from && to ? null : t('dossier.book.periodRequired')),
    },
  });
  const failure = useMutationFailure(form);

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    setLoading(true);
    try {
      const { data } = await client.query({
        query: TrackingBookDocument,
        variables: {
          receivingAgencyId: values.receivingAgencyId!,
          from: values.period[0]!,
          to: values.period[1]!,
          format: values.format,
        },
        fetchPolicy: 'no-cache',
      });
      if (data) saveFile(data.trackingBook);
      onDone();
    } catch (error) {
      failure.show(error);
    } finally {
      setLoading(false);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Select
          label={t('dossier.reception.receivingAgency')}
          data={agencies}
          required
          allowDeselect={false}
          {...form.getInputProps('receivingAgencyId')}
        />
        <DatePickerInput
          type="range"
          label={t('dossier.book.period')}
          valueFormat="DD/MM/YYYY"
          required
          data-autofocus
          {...form.getInputProps('period')}
        />
        <Radio.Group label={t('dossier.book.format')} {...form.getInputProps('format')}>
          <Group gap="lg" mt={4}>
            <Radio value="PDF" label="PDF" />
            <Radio value="SPREADSHEET" label={t('dossier.book.spreadsheet')} />
          </Group>
        </Radio.Group>
        <FormFooter
          failure={failure.message}
          onCancel={onCancel}
          submitLabel={t('dossier.book.download')}
          submitting={loading}
        />
      </Stack>
    </form>
  );
}
