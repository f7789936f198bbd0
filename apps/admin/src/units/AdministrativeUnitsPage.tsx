import { useState } from 'react';
import { Grid, Paper, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@motcua/ui';
import { AgencyPanel } from './AgencyPanel';
import { UnitTree } from './UnitTree';
import { useUnitTreeData } from './useUnitTreeData';
import classes from './AdministrativeUnitsPage.module.css';

/** Home page of the console: the administrative tree, and the agencies of the selected unit. */
export function AdministrativeUnitsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('units.heading')} · ${t('appTitle')}`);
  const units = useUnitTreeData();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selectedUnit = (selectedId && units.unitsById.get(selectedId)) || null;

  return (
    <Stack gap="md">
      <PageHeader title={t('units.heading')} description={t('units.intro')} />
      {/* Side by side from the md breakpoint, stacked (tree first) on a phone. */}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="sm">
            <UnitTree units={units} selectedId={selectedId} onSelectedIdChange={setSelectedId} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} className={classes.panel}>
          <AgencyPanel unit={selectedUnit} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
