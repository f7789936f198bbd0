import type { FormEvent } from 'react';
import { Anchor, Box, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, SearchIcon } from '@motcua/ui';
import { paths } from '../paths';
import { useCatalogueFilters } from './catalogueFilters';
import { CatalogueFilterBar } from './CatalogueFilterBar';
import { FieldBrowser } from './FieldBrowser';
import { ProcedureResults } from './ProcedureResults';
import { useProcedureFields } from './useProcedureFields';
import { useProcedureSearch } from './useProcedureSearch';
import { useSearchParamDraft } from './useSearchParamDraft';

/** Long enough to let a word be typed, short enough to feel immediate. */
const searchDelayMs = 250;

/** Home page: search the public catalogue of administrative procedures, or browse it by field. */
export function ProcedureSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('search.heading')} · Motcua`);

  const { draft, setDraft, committed, commitNow } = useSearchParamDraft('q', searchDelayMs);
  const { filters } = useCatalogueFilters();
  const results = useProcedureSearch(committed, filters);
  const { fields, totalCount } = useProcedureFields();

  function searchNow(event: FormEvent) {
    event.preventDefault();
    commitNow();
  }

  return (
    <Stack gap="md">
      <PageHeader title={t('search.heading')} description={t('search.intro')} />
      <Group gap={6}>
        <Text size="sm">{t('tracking.homeTitle')}</Text>
        <Anchor component={Link} to={paths.tracking} size="sm">
          {t('tracking.homeLink')}
        </Anchor>
      </Group>

      <Box component="form" role="search" onSubmit={searchNow}>
        <TextInput
          type="search"
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          leftSection={<SearchIcon />}
          size="md"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
        />
      </Box>

      <CatalogueFilterBar fields={fields} />

      <Grid gap="lg">
        {/* Without fields (still loading, or none) there is nothing to browse: no empty landmark. */}
        {fields.length > 0 && (
          <Grid.Col span={{ base: 12, lg: 3 }}>
            <FieldBrowser fields={fields} totalCount={totalCount} />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, lg: fields.length > 0 ? 9 : 12 }}>
          <ProcedureResults results={results} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
