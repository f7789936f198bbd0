import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDuration } from '@motcua/ui';
import type { DurationUnit } from '@motcua/graphql-client';
import type { Budget } from './termsForm';

const segmentColours = ['blue', 'teal', 'grape', 'cyan', 'indigo', 'lime'] as const;

/**
 * The internal process's steps against the processing time: one segment per step on a bar as long
 * as the processing time. The sentence under it says whether they add up, so the state does not
 * rest on colour alone; it is red when they do not.
 */
export function TimeBudgetBar({ budget, unit }: { budget: Budget; unit: DurationUnit }) {
  const { t } = useTranslation();
  const duration = useFormatDuration();
  const of = (value: number) => duration({ value, unit });

  let message: string;
  let adds = false;
  if (budget.kind === 'noTime') message = t('catalogue.editor.budget.noTime');
  else if (budget.kind === 'noSteps') message = t('catalogue.editor.budget.noSteps', { legal: of(budget.legal) });
  else if (budget.kind === 'otherUnit') {
    message = t('catalogue.editor.budget.otherUnit', { positions: budget.positions.join(', ') });
  } else if (budget.total === budget.legal) {
    adds = true;
    message = t('catalogue.editor.budget.match', { total: of(budget.total) });
  } else {
    const gap = Math.abs(budget.legal - budget.total);
    const key = budget.total < budget.legal ? 'short' : 'over';
    message = t(`catalogue.editor.budget.${key}`, { total: of(budget.total), gap: of(gap), legal: of(budget.legal) });
  }

  const parts = budget.kind === 'sum' ? budget.parts : [];
  const scale = budget.kind === 'sum' ? Math.max(budget.total, budget.legal) : 1;
  const over = budget.kind === 'sum' && budget.total > budget.legal;
  return (
    <Stack gap={6} data-testid="time-budget" data-adds-up={adds}>
      <Text size="sm" fw={500} id="time-budget-label">
        {t('catalogue.editor.budget.label')}
      </Text>
      {/* The segments repeat the steps' times for the eye; the sentence below says it for everyone. */}
      <Progress.Root
        size={18}
        aria-hidden="true"
        style={adds ? undefined : { outline: '2px solid var(--mantine-color-red-6)' }}
      >
        {parts.map((part, i) => (
          <Progress.Section
            key={part.key}
            value={(part.value / scale) * 100}
            color={over ? 'red' : segmentColours[i % segmentColours.length]}
            style={{ borderRight: '2px solid var(--mantine-color-body)' }}
          >
            <Progress.Label>{i + 1}</Progress.Label>
          </Progress.Section>
        ))}
      </Progress.Root>
      <Text size="sm" fw={600} c={adds ? 'teal.8' : 'red.8'} aria-live="polite">
        {adds ? '✓ ' : '⚠ '}
        {message}
      </Text>
    </Stack>
  );
}
