import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sectionAnchor } from './SectionCard';
import { formPathOf, sectionOfPath, type Fault } from './termsForm';

/**
 * What publishing would refuse, each fault under the name of its section. With `linked`, each one
 * jumps to its section of the form (the form must be on the page).
 */
export function FaultList({ faults, linked = false }: { faults: readonly Fault[]; linked?: boolean }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {faults.map((fault, i) => {
        const path = formPathOf(fault.field);
        const section = sectionOfPath(path);
        const label = section ? t(`catalogue.history.section.${section}`) : fault.field;
        return (
          <List.Item key={`${fault.field}-${i}`}>
            {linked ? (
              <Anchor href={`#${sectionAnchor(path)}`} size="sm" fw={600}>
                {label}
              </Anchor>
            ) : (
              <Text span size="sm" fw={600}>
                {label}
              </Text>
            )}
            {': '}
            {fault.message}
          </List.Item>
        );
      })}
    </List>
  );
}
