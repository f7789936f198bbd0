import { Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ChecklistDocument {
  name: string;
  originals: number;
  copies: number;
  /** The procedure lets this document be taken from a national database instead. */
  fromNationalDatabaseAllowed: boolean;
}

export interface DocumentCheck {
  provided: boolean;
  fromNationalDatabase: boolean;
}

/**
 * The documents of the version in force as a checklist: "received" for each, and "from the national
 * database" where the procedure allows it. The API's faults show under their document (`errors[i]`)
 * or under the whole list (`error`).
 */
export function DocumentChecklist({
  documents,
  checks,
  onChange,
  error,
  errors = {},
  firstRef,
}: {
  documents: readonly ChecklistDocument[];
  checks: readonly DocumentCheck[];
  onChange: (index: number, check: DocumentCheck) => void;
  error?: string | null;
  errors?: Record<number, string | undefined>;
  /** The first box, so the counter can move on to it straight from the procedure search. */
  firstRef?: React.Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const done = checks.filter((check) => check.provided || check.fromNationalDatabase).length;
  const anyError = Boolean(error) || Object.values(errors).some(Boolean);
  return (
    <Fieldset
      legend={t('dossier.reception.checklist')}
      aria-invalid={anyError || undefined}
      data-testid="document-checklist"
      variant="unstyled"
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {documents.length === 0 ? t('dossier.reception.noDocuments') : t('dossier.reception.checklistHint')}
        </Text>
        {documents.map((document, index) => {
          const check = checks[index] ?? { provided: false, fromNationalDatabase: false };
          const itemError = errors[index];
          return (
            <Stack
              key={index}
              gap={4}
              p="xs"
              bdrs="sm"
              bd={`1px solid ${itemError ? 'var(--mantine-color-error)' : 'var(--mantine-color-default-border)'}`}
              data-testid="checklist-item"
            >
              <Checkbox
                ref={index === 0 ? firstRef : undefined}
                checked={check.provided}
                onChange={(event) => onChange(index, { ...check, provided: event.currentTarget.checked })}
                aria-label={t('dossier.reception.provided', { name: document.name })}
                label={
                  <>
                    <Text span fw={500} size="sm">
                      {index + 1}. {document.name}
                    </Text>{' '}
                    <Text span size="sm" c="dimmed">
                      ({t('dossier.reception.copies', { originals: document.originals, copies: document.copies })})
                    </Text>
                  </>
                }
                error={itemError}
                aria-invalid={itemError ? true : undefined}
              />
              {document.fromNationalDatabaseAllowed && (
                <Group pl="xl">
                  <Checkbox
                    size="xs"
                    checked={check.fromNationalDatabase}
                    onChange={(event) =>
                      onChange(index, { ...check, fromNationalDatabase: event.currentTarget.checked })
                    }
                    label={t('dossier.reception.fromNationalDatabase')}
                    aria-label={t('dossier.reception.fromNationalDatabaseFor', { name: document.name })}
                  />
                </Group>
              )}
            </Stack>
          );
        })}
        {documents.length > 0 && (
          <Text size="sm" fw={500} role="status">
            {t('dossier.reception.checklistCount', { done, total: documents.length })}
          </Text>
        )}
        {error && (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

/** The unticked documents, as the items of a supplement request (each still needs its reason). */
export function missingItems(documents: readonly ChecklistDocument[], checks: readonly DocumentCheck[]) {
  return documents
    .filter((_, index) => !checks[index]?.provided && !checks[index]?.fromNationalDatabase)
    .map((document) => ({ name: document.name, reason: '' }));
}

/** The checklist as the API takes it, one entry per document of the version. */
export function checklistInput(checks: readonly DocumentCheck[]) {
  return checks.map((check, index) => ({
    index,
    provided: check.provided,
    fromNationalDatabase: check.fromNationalDatabase,
  }));
}

/** Errors the form holds for `documents.2` (or `documents.2.fromNationalDatabase`), by document. */
export function checklistErrors(errors: Record<string, unknown>): Record<number, string> {
  const byIndex: Record<number, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^documents\.(\d+)/.exec(path);
    if (match && message) byIndex[Number(match[1])] = String(message);
  }
  return byIndex;
}
