import type { FormEvent } from 'react';
import { Box, Stack, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageHeader, SearchIcon } from '@motcua/ui';
import { ProcedureResults } from './ProcedureResults';
import { useProcedureSearch } from './useProcedureSearch';
import { useSearchParamDraft } from './useSearchParamDraft';

/** Long enough to let a word be typed, short enough to feel immediate. */
const searchDelayMs = 250;

/** Home page: search the public catalogue of administrative procedures. */
export function ProcedureSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('search.heading')} · Motcua`);

  const { draft, setDraft, committed, commitNow } = useSearchParamDraft('q', searchDelayMs);
  const results = useProcedureSearch(committed);

  function searchNow(event: FormEvent) {
    event.preventDefault();
    commitNow();
  }

  return (
    <Stack gap="md">
      <PageHeader title={t('search.heading')} description={t('search.intro')} />

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

      <ProcedureResults results={results} />
    </Stack>
  );
}
