import type { ReactNode } from 'react';
import { DataList } from '@mantine/core';

/** One term and its value in a DataList (a `<dt>` and its `<dd>`). */
export function Fact({ label, children, mono }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue ff={mono ? 'monospace' : undefined}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
