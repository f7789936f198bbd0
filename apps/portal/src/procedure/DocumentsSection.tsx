import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from './Section';
import type { ProcedureTerms } from './types';
import classes from './ProcedurePage.module.css';

/** Thành phần hồ sơ: each paper, how many originals and copies, its form, and what need not be brought. */
export function DocumentsSection({ documents }: { documents: ProcedureTerms['documents'] }) {
  const { t } = useTranslation();

  return (
    <Section id="documents" title={t('procedure.documents.heading')}>
      {documents.length === 0 ? (
        <Text>{t('procedure.documents.none')}</Text>
      ) : (
        // On a phone the table scrolls inside its own box; the page itself never does.
        <Table.ScrollContainer minWidth={560} type="native" className={classes.tableScroll}>
          <Table aria-label={t('procedure.documents.tableLabel')} withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('procedure.documents.name')}</Table.Th>
                <Table.Th scope="col" ta="center">
                  {t('procedure.documents.originals')}
                </Table.Th>
                <Table.Th scope="col" ta="center">
                  {t('procedure.documents.copies')}
                </Table.Th>
                <Table.Th scope="col">{t('procedure.documents.template')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((document, index) => (
                <Table.Tr key={index}>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <Text size="sm" fw={500}>
                        {document.name}
                      </Text>
                      {document.fromNationalDatabase && (
                        <Badge
                          variant="light"
                          color="green"
                          tt="none"
                          radius="sm"
                          h="auto"
                          py={2}
                          className={classes.wrap}
                        >
                          {t('procedure.documents.fromNationalDatabase')}
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td ta="center">{document.originals}</Table.Td>
                  <Table.Td ta="center">{document.copies}</Table.Td>
                  <Table.Td className={classes.wrap}>{document.formTemplate ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
