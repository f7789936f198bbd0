import type { ReactNode } from 'react';
import { Title } from '@mantine/core';
import classes from './ProcedurePage.module.css';

/** One part of a procedure's terms under its `<h2>`, named by it for screen readers' landmarks. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = `procedure-${id}`;
  return (
    <section aria-labelledby={headingId} className={classes.section}>
      <Title order={2} fz="h3" id={headingId} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}
