import { useId } from 'react';
import { Badge, Button, Collapse, NavLink, Stack, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChevronIcon } from '@motcua/ui';
import { readFilters, withFilter } from './catalogueFilters';
import type { FieldCount } from './useProcedureFields';

/** Beside the results from 1200 px; above them, folded, on narrower screens. */
const sidebarQuery = '(min-width: 75em)';

function FieldLinks({ fields, totalCount }: { fields: FieldCount[]; totalCount: number }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const current = readFilters(params).field;
  const linkTo = (field: string | null) => ({ search: withFilter(params, 'field', field).toString() });

  const item = (key: string, field: string | null, label: string, count: number) => (
    <li key={key}>
      <NavLink
        component={Link}
        to={linkTo(field)}
        label={label}
        active={current === field}
        aria-current={current === field ? 'true' : undefined}
        rightSection={
          <Badge variant="light" color="gray" radius="sm" aria-hidden="true">
            {count}
          </Badge>
        }
        // The count is read as words, not as a bare number after the name.
        aria-label={`${label}: ${t('fields.count', { count })}`}
      />
    </li>
  );

  return (
    <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
      {item('all', null, t('fields.all'), totalCount)}
      {fields.map((field) => item(field.field, field.field, field.field, field.procedureCount))}
    </Stack>
  );
}

/** The fields (lĩnh vực) to browse the catalogue by, each with its number of procedures. */
export function FieldBrowser({ fields, totalCount }: { fields: FieldCount[]; totalCount: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const listId = useId();
  const isWide = useMediaQuery(sidebarQuery, false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);

  return (
    <nav aria-labelledby={headingId}>
      {isWide ? (
        <>
          <Title order={2} fz="h4" id={headingId} mb="xs">
            {t('fields.heading')}
          </Title>
          <FieldLinks fields={fields} totalCount={totalCount} />
        </>
      ) : (
        <>
          <Title order={2} fz="h4" id={headingId}>
            <Button
              variant="subtle"
              px={0}
              onClick={toggle}
              aria-expanded={opened}
              aria-controls={listId}
              leftSection={
                <ChevronIcon
                  style={{ transform: opened ? 'rotate(90deg)' : undefined, transition: 'transform 150ms' }}
                />
              }
            >
              {t('fields.heading')}
            </Button>
          </Title>
          <Collapse expanded={opened} id={listId}>
            <FieldLinks fields={fields} totalCount={totalCount} />
          </Collapse>
        </>
      )}
    </nav>
  );
}
