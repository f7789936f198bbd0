import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PublishVersionDocument, useMutation, type CatalogueVersionTermsFragment } from '@motcua/graphql-client';
import { todayIso } from '../dates/isoDates';
import { messageInLanguage, readFaults, readMutationFailure } from '@motcua/graphql-client';
import { FaultList } from './FaultList';
import { FormErrorAlert } from './FormErrorAlert';
import type { Fault } from './termsForm';

interface PublishValues {
  decision: { number: string; signedOn: string | null; signer: string };
  effectiveFrom: string | null;
}

const publishFields = ['decision.number', 'decision.signedOn', 'decision.signer', 'effectiveFrom'];

/**
 * "Công bố": the publication decision (number, signing date, signer) and the first day in force.
 * Unsaved terms are saved first (`prepare`); a refusal lists every fault here and puts each beside
 * its field in the form behind (`onRefused`).
 */
export function PublishDialog({
  opened,
  onClose,
  versionNumber,
  unsaved,
  prepare,
  onPublished,
  onRefused,
}: {
  opened: boolean;
  onClose: () => void;
  versionNumber: number;
  unsaved: boolean;
  /** Saves the draft if needed; the id of the draft to publish, or null when it could not be saved. */
  prepare: () => Promise<string | null>;
  onPublished: (version: CatalogueVersionTermsFragment) => void;
  onRefused: (faults: Fault[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const [publishVersion, { loading }] = useMutation(PublishVersionDocument);
  const [preparing, setPreparing] = useState(false);
  const [faults, setFaults] = useState<Fault[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const today = todayIso();
  const form = useForm<PublishValues>({
    mode: 'controlled',
    initialValues: { decision: { number: '', signedOn: today, signer: '' }, effectiveFrom: today },
    validate: {
      decision: {
        number: (value) => (value.trim() ? null : t('catalogue.publish.errors.numberRequired')),
        signedOn: (value) => (value ? null : t('catalogue.publish.errors.signedOnRequired')),
        signer: (value) => (value.trim() ? null : t('catalogue.publish.errors.signerRequired')),
      },
      effectiveFrom: (value, values) => {
        if (!value) return t('catalogue.publish.errors.effectiveFromRequired');
        const signedOn = values.decision.signedOn;
        return signedOn && value < signedOn ? t('catalogue.publish.errors.effectiveBeforeSigned') : null;
      },
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFaults([]);
    setFormError(null);
    setPreparing(true);
    const versionId = await prepare().finally(() => setPreparing(false));
    if (!versionId) {
      setFormError(t('catalogue.editor.checkBeforeSaving'));
      return;
    }
    try {
      const result = await publishVersion({
        variables: {
          input: {
            versionId,
            decision: {
              number: values.decision.number.trim(),
              signedOn: values.decision.signedOn!,
              signer: values.decision.signer.trim(),
            },
            effectiveFrom: values.effectiveFrom,
          },
        },
      });
      const version = result.data?.publishVersion.version;
      if (version) {
        form.reset();
        onPublished(version);
      }
    } catch (error) {
      const refused = readFaults(error, i18n.resolvedLanguage);
      if (refused.length > 0) {
        setFaults(refused);
        onRefused(refused);
        return;
      }
      const failure = readMutationFailure(error, {
        language: i18n.resolvedLanguage,
        fallback: t('form.unexpected'),
        formFields: publishFields,
      });
      form.setErrors(failure.fieldErrors);
      // The first line of a refusal is its summary; the list above says the rest.
      setFormError(failure.formError && messageInLanguage(failure.formError.split('\n')[0]!, i18n.resolvedLanguage));
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('catalogue.publish.title', { number: versionNumber })} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('catalogue.publish.intro')}</Text>
          {unsaved && (
            <Text size="sm" c="dimmed">
              {t('catalogue.publish.unsavedNote')}
            </Text>
          )}
          <TextInput
            label={t('catalogue.publish.decisionNumber')}
            required
            data-autofocus
            {...form.getInputProps('decision.number')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <DatePickerInput
              label={t('catalogue.publish.signedOn')}
              valueFormat="DD/MM/YYYY"
              required
              {...form.getInputProps('decision.signedOn')}
            />
            <DatePickerInput
              label={t('catalogue.publish.effectiveFrom')}
              valueFormat="DD/MM/YYYY"
              required
              minDate={form.values.decision.signedOn ?? undefined}
              {...form.getInputProps('effectiveFrom')}
            />
          </SimpleGrid>
          <TextInput label={t('catalogue.publish.signer')} required {...form.getInputProps('decision.signer')} />
          {faults.length > 0 && (
            <FormErrorAlert message={null} title={t('catalogue.publish.refused')}>
              <Text size="sm" mb={4}>
                {t('catalogue.publish.faultsIntro')}
              </Text>
              <FaultList faults={faults} />
            </FormErrorAlert>
          )}
          <FormErrorAlert message={formError} title={t('catalogue.publish.refused')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={loading || preparing}>
              {t('catalogue.publish.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
