import { DataList, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from './Fact';
import { useFormatters } from './format';
import { Section } from './Section';
import type { ProcedureTerms } from './types';
import classes from './ProcedurePage.module.css';

/** Căn cứ pháp lý: the legal documents the procedure rests on. */
export function LegalBasesSection({ legalBases }: { legalBases: ProcedureTerms['legalBases'] }) {
  const { t } = useTranslation();
  const { date } = useFormatters();

  return (
    <Section id="legal-bases" title={t('procedure.legalBases.heading')}>
      <Table.ScrollContainer minWidth={640} type="native" className={classes.tableScroll}>
        <Table aria-label={t('procedure.legalBases.tableLabel')} withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('procedure.legalBases.number')}</Table.Th>
              <Table.Th scope="col">{t('procedure.legalBases.title')}</Table.Th>
              <Table.Th scope="col">{t('procedure.legalBases.issuedOn')}</Table.Th>
              <Table.Th scope="col">{t('procedure.legalBases.issuer')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {legalBases.map((basis) => (
              <Table.Tr key={basis.number}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{basis.number}</Table.Td>
                <Table.Td>{basis.title}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(basis.issuedOn)}</Table.Td>
                <Table.Td>{basis.issuer}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

/** Quyết định công bố: which decision published these terms, and the day they apply from. */
export function PublicationSection({ terms }: { terms: ProcedureTerms }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const { publication, effectiveFrom } = terms;

  return (
    <Section id="publication" title={t('procedure.publication.heading')}>
      {publication || effectiveFrom ? (
        <DataList size="sm" gap={6} labelWidth="10rem" className={classes.wrap}>
          {publication && (
            <>
              <Fact label={t('procedure.publication.number')}>{publication.number}</Fact>
              <Fact label={t('procedure.publication.signedOn')}>{date(publication.signedOn)}</Fact>
              <Fact label={t('procedure.publication.signer')}>{publication.signer}</Fact>
            </>
          )}
          {effectiveFrom && <Fact label={t('procedure.publication.effectiveFrom')}>{date(effectiveFrom)}</Fact>}
        </DataList>
      ) : (
        <Text>—</Text>
      )}
    </Section>
  );
}
