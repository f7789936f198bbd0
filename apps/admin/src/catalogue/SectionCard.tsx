import type { ReactNode } from 'react';
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TermsValues } from './termsForm';

export type TermsForm = UseFormReturnType<TermsValues>;

/**
 * One section of the terms, with the fault the API names for the section as a whole (`steps`,
 * `internalProcess`…) at its top. `id` is the anchor the fault list links to.
 */
export function SectionCard({
  id,
  title,
  description,
  error,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  error?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <Paper component="section" id={id} aria-labelledby={headingId} withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h4" id={headingId}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {error && (
          <Alert color="red" variant="light" p="xs" role="alert">
            <Text size="sm">{error}</Text>
          </Alert>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

/** The section anchor of a form path: `documents.2.name` → `terms-documents`. */
export function sectionAnchor(path: string): string {
  const head = path.split('.')[0] ?? path;
  return `terms-${head}`;
}
