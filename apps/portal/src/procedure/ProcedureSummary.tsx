import { Anchor, Badge, Button, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DurationText } from '@motcua/ui';
import { Fact } from './Fact';
import type { FromSearch } from '../procedures/ProcedureLink';
import type { ProcedureDetail, ProcedureTerms } from './types';
import classes from './ProcedurePage.module.css';

/** Partly and fully online procedures can be filed on the portal; information-only ones cannot. */
export function canFileOnline(terms: ProcedureTerms): boolean {
  return terms.onlineLevel === 'PARTIAL' || terms.onlineLevel === 'FULL';
}

/** The procedure's name (the page's `<h1>`), who decides it, and what the citizen can do here. */
export function ProcedureSummary({ procedure, terms }: { procedure: ProcedureDetail; terms: ProcedureTerms }) {
  const { t } = useTranslation();
  // Back to the results the visitor chose from, with their words and filters, when they came from there.
  const from = useLocation().state as FromSearch | null;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={{ pathname: '/', search: from?.search ?? '' }} size="sm" className={classes.noPrint}>
        ← {t('procedure.back')}
      </Anchor>

      <Title order={1} fz={{ base: '1.625rem', sm: '2rem' }} className={classes.wrap}>
        {procedure.name}
      </Title>

      <section aria-label={t('procedure.summary')}>
        <DataList size="sm" gap={6} labelWidth="min(12rem, 40%)" className={classes.wrap}>
          <Fact label={t('procedure.code')} mono>
            {procedure.code}
          </Fact>
          <Fact label={t('procedure.field')}>{procedure.field}</Fact>
          <Fact label={t('procedure.level')}>{t(`adminLevel.${procedure.level}`)}</Fact>
          <Fact label={t('procedure.competentAgency')}>{procedure.competentAgency.name}</Fact>
          <Fact label={t('procedure.applicantTypes')}>
            {procedure.applicantTypes.map((type) => t(`applicantType.${type}`)).join('; ')}
          </Fact>
          <Fact label={t('procedure.processingTime')}>
            <DurationText duration={terms.processingTime} />
          </Fact>
          <Fact label={t('procedure.onlineLevel')}>
            <Badge variant="light" color={canFileOnline(terms) ? 'green' : 'gray'} tt="none" radius="sm">
              {t(`onlineLevel.${terms.onlineLevel}`)}
            </Badge>
          </Fact>
        </DataList>
      </section>

      <Group gap="sm" className={classes.noPrint} role="group" aria-label={t('procedure.actions')}>
        {canFileOnline(terms) && (
          <Button component={Link} to={`/nop-truc-tuyen/${encodeURIComponent(procedure.code)}`}>
            {t('procedure.fileOnline')}
          </Button>
        )}
        <Button variant="default" onClick={() => window.print()}>
          {t('procedure.print')}
        </Button>
      </Group>
      {/* Only on paper: where the printout came from, so it can be looked up again. */}
      <Text size="xs" className={classes.printOnly}>
        {window.location.href}
      </Text>
    </Stack>
  );
}
