import { Button, Checkbox, Group, NumberInput, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { DurationFields } from './DurationFields';
import { AddButton, ListItem } from './ListItem';
import { SectionCard, type TermsForm } from './SectionCard';
import { emptyDocument, emptyLegalBasis, onlineLevels } from './termsForm';

export function StepsSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation();
  const steps = form.getValues().steps;
  return (
    <SectionCard id="terms-steps" title={t('catalogue.editor.steps.heading')} error={form.errors['steps']}>
      {steps.map((_, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <Textarea
            label={t('catalogue.editor.steps.step', { number: i + 1 })}
            autosize
            minRows={1}
            style={{ flex: 1 }}
            {...form.getInputProps(`steps.${i}`)}
          />
          <Button
            variant="subtle"
            color="red"
            aria-label={t('catalogue.editor.steps.removeStep', { number: i + 1 })}
            onClick={() => form.removeListItem('steps', i)}
          >
            {t('catalogue.editor.remove')}
          </Button>
        </Group>
      ))}
      <AddButton label={t('catalogue.editor.steps.add')} onClick={() => form.insertListItem('steps', '')} />
    </SectionCard>
  );
}

export function TimeSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="terms-processingTime" title={t('catalogue.editor.processingTime.heading')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DurationFields
          form={form}
          path="processingTime"
          valueLabel={t('catalogue.editor.processingTime.value')}
          unitLabel={t('catalogue.editor.processingTime.unit')}
        />
        <Radio.Group
          label={t('catalogue.editor.onlineLevel')}
          id="terms-onlineLevel"
          {...form.getInputProps('onlineLevel')}
        >
          <Stack gap={6} mt={6}>
            {onlineLevels.map((level) => (
              <Radio key={level} value={level} label={t(`catalogue.onlineLevel.${level}`)} />
            ))}
          </Stack>
        </Radio.Group>
      </SimpleGrid>
    </SectionCard>
  );
}

export function DocumentsSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation();
  const documents = form.getValues().documents;
  return (
    <SectionCard id="terms-documents" title={t('catalogue.editor.documents.heading')} error={form.errors['documents']}>
      {documents.map((_, i) => (
        <ListItem
          key={i}
          title={t('catalogue.editor.documents.item', { number: i + 1 })}
          removeLabel={t('catalogue.editor.documents.removeItem', { number: i + 1 })}
          onRemove={() => form.removeListItem('documents', i)}
        >
          <Textarea
            label={t('catalogue.editor.documents.name')}
            autosize
            minRows={1}
            {...form.getInputProps(`documents.${i}.name`)}
          />
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            <NumberInput
              label={t('catalogue.editor.documents.originals')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps(`documents.${i}.originals`)}
            />
            <NumberInput
              label={t('catalogue.editor.documents.copies')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps(`documents.${i}.copies`)}
            />
            <TextInput
              label={t('catalogue.editor.documents.formTemplate')}
              {...form.getInputProps(`documents.${i}.formTemplate`)}
            />
          </SimpleGrid>
          <Checkbox
            label={t('catalogue.editor.documents.fromNationalDatabase')}
            {...form.getInputProps(`documents.${i}.fromNationalDatabase`, { type: 'checkbox' })}
          />
        </ListItem>
      ))}
      <AddButton
        label={t('catalogue.editor.documents.add')}
        onClick={() => form.insertListItem('documents', emptyDocument())}
      />
    </SectionCard>
  );
}

export function ConditionsAndResultSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="terms-result" title={t('catalogue.editor.result.heading')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('catalogue.editor.result.name')} {...form.getInputProps('result.name')} />
        <TextInput label={t('catalogue.editor.result.validity')} {...form.getInputProps('result.validity')} />
      </SimpleGrid>
      <Textarea
        id="terms-conditions"
        label={t('catalogue.editor.conditions.label')}
        autosize
        minRows={2}
        {...form.getInputProps('conditions')}
      />
    </SectionCard>
  );
}

export function LegalBasesSection({ form }: { form: TermsForm }) {
  const { t } = useTranslation();
  const bases = form.getValues().legalBases;
  return (
    <SectionCard
      id="terms-legalBases"
      title={t('catalogue.editor.legalBases.heading')}
      error={form.errors['legalBases']}
    >
      {bases.map((_, i) => (
        <ListItem
          key={i}
          title={t('catalogue.editor.legalBases.item', { number: i + 1 })}
          removeLabel={t('catalogue.editor.legalBases.removeItem', { number: i + 1 })}
          onRemove={() => form.removeListItem('legalBases', i)}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('catalogue.editor.legalBases.number')}
              {...form.getInputProps(`legalBases.${i}.number`)}
            />
            <DatePickerInput
              label={t('catalogue.editor.legalBases.issuedOn')}
              valueFormat="DD/MM/YYYY"
              {...form.getInputProps(`legalBases.${i}.issuedOn`)}
            />
            <TextInput
              label={t('catalogue.editor.legalBases.issuer')}
              {...form.getInputProps(`legalBases.${i}.issuer`)}
            />
          </SimpleGrid>
          <TextInput label={t('catalogue.editor.legalBases.title')} {...form.getInputProps(`legalBases.${i}.title`)} />
        </ListItem>
      ))}
      <Group>
        <AddButton
          label={t('catalogue.editor.legalBases.add')}
          onClick={() => form.insertListItem('legalBases', emptyLegalBasis())}
        />
      </Group>
    </SectionCard>
  );
}
