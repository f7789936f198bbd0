import type { ReactNode } from 'react';
import { Text, Title } from '@mantine/core';

export interface PageHeaderProps {
  /** The page's `<h1>`: one per page, so screen-reader users can jump straight to it. */
  title: string;
  description?: ReactNode;
}

/** Heading and one-line introduction at the top of a page. */
export function PageHeader({ title, description }: PageHeaderProps) {
  return (
    <div>
      {/* Smaller on a phone, where the desktop size breaks a short title over three lines. */}
      <Title order={1} fz={{ base: '1.75rem', sm: '2.125rem' }} mb={4}>
        {title}
      </Title>
      {description && <Text c="dimmed">{description}</Text>}
    </div>
  );
}
