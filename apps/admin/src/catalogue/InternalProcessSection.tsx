import { useState, type CSSProperties } from 'react';
import { ActionIcon, Group, Select, SimpleGrid, Text, TextInput, VisuallyHidden } from '@mantine/core';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { agencyOptions, type CatalogueAgency } from './catalogueData';
import { DurationFields } from './DurationFields';
import { AddButton, ListItem } from './ListItem';
import { SectionCard, type TermsForm } from './SectionCard';
import { emptyInternalStep, processRoles, timeBudget } from './termsForm';
import { TimeBudgetBar } from './TimeBudgetBar';

function SortableStep({
  form,
  index,
  count,
  agencies,
  onMove,
}: {
  form: TermsForm;
  index: number;
  count: number;
  agencies: readonly CatalogueAgency[];
  onMove: (from: number, to: number) => void;
}) {
  const { t } = useTranslation();
  const step = form.getValues().internalProcess[index]!;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: step.key,
  });
  const style: CSSProperties = {
    transform: CSS.Transform.toString(transform),
    transition,
    position: 'relative',
    zIndex: isDragging ? 2 : undefined,
    opacity: isDragging ? 0.85 : undefined,
  };
  const number = index + 1;
  const path = `internalProcess.${index}`;
  return (
    <div ref={setNodeRef} style={style} data-testid="internal-step">
      <ListItem
        title={
          <Group gap="xs" wrap="nowrap" component="span">
            <ActionIcon
              ref={setActivatorNodeRef}
              variant="subtle"
              color="gray"
              aria-label={t('catalogue.editor.internal.drag', { number })}
              style={{ cursor: 'grab', touchAction: 'none' }}
              {...attributes}
              {...listeners}
            >
              <span aria-hidden="true">⠿</span>
            </ActionIcon>
            <span>{t('catalogue.editor.internal.item', { number })}</span>
          </Group>
        }
        removeLabel={t('catalogue.editor.internal.removeItem', { number })}
        onRemove={() => form.removeListItem('internalProcess', index)}
        actions={
          <>
            <ActionIcon
              variant="default"
              aria-label={t('catalogue.editor.internal.moveUp', { number })}
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
            >
              <span aria-hidden="true">↑</span>
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={t('catalogue.editor.internal.moveDown', { number })}
              disabled={index === count - 1}
              onClick={() => onMove(index, index + 1)}
            >
              <span aria-hidden="true">↓</span>
            </ActionIcon>
          </>
        }
      >
        <TextInput label={t('catalogue.editor.internal.name')} {...form.getInputProps(`${path}.name`)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('catalogue.editor.internal.role')}
            allowDeselect={false}
            data={processRoles.map((role) => ({ value: role, label: t(`catalogue.processRole.${role}`) }))}
            {...form.getInputProps(`${path}.role`)}
          />
          <Select
            label={t('catalogue.editor.internal.agency')}
            placeholder={t('catalogue.identity.agencyPlaceholder')}
            searchable
            nothingFoundMessage={t('catalogue.identity.nothingFound')}
            data={agencyOptions(agencies)}
            {...form.getInputProps(`${path}.agencyId`)}
          />
        </SimpleGrid>
        <DurationFields
          form={form}
          path={`${path}.duration`}
          valueLabel={t('catalogue.editor.internal.duration')}
          unitLabel={t('catalogue.editor.internal.unit')}
        />
      </ListItem>
    </div>
  );
}

/**
 * Quy trình nội bộ: the steps in order, reordered by dragging (pointer, touch or keyboard) or with
 * the up and down buttons, and the bar that says whether their times add up to the processing time.
 */
export function InternalProcessSection({ form, agencies }: { form: TermsForm; agencies: readonly CatalogueAgency[] }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const steps = values.internalProcess;
  const [announcement, setAnnouncement] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const positionOf = (id: string | number) => steps.findIndex((step) => step.key === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('catalogue.editor.internal.dnd.start', { from: positionOf(active.id) }),
    onDragOver: ({ over }) => (over ? t('catalogue.editor.internal.dnd.over', { to: positionOf(over.id) }) : undefined),
    onDragEnd: ({ over }) => (over ? t('catalogue.editor.internal.dnd.end', { to: positionOf(over.id) }) : undefined),
    onDragCancel: () => t('catalogue.editor.internal.dnd.cancel'),
  };

  function move(from: number, to: number) {
    if (from === to || to < 0 || to >= steps.length) return;
    form.reorderListItem('internalProcess', { from, to });
    // Faults name steps by position; after a move they would sit beside the wrong step.
    form.setErrors(
      Object.fromEntries(Object.entries(form.errors).filter(([key]) => !key.startsWith('internalProcess.'))),
    );
    setAnnouncement(t('catalogue.editor.internal.moved', { to: to + 1 }));
  }

  function handleDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    move(positionOf(active.id) - 1, positionOf(over.id) - 1);
  }

  return (
    <SectionCard
      id="terms-internalProcess"
      title={t('catalogue.editor.internal.heading')}
      description={t('catalogue.editor.internal.intro')}
      error={form.errors['internalProcess']}
    >
      <TimeBudgetBar budget={timeBudget(values)} unit={values.processingTime.unit} />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={handleDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('catalogue.editor.internal.dnd.instructions') },
        }}
      >
        <SortableContext items={steps.map((step) => step.key)} strategy={verticalListSortingStrategy}>
          {steps.map((step, i) => (
            <SortableStep key={step.key} form={form} index={i} count={steps.length} agencies={agencies} onMove={move} />
          ))}
        </SortableContext>
      </DndContext>
      <VisuallyHidden>
        <Text role="status">{announcement}</Text>
      </VisuallyHidden>
      <AddButton
        label={t('catalogue.editor.internal.add')}
        onClick={() => form.insertListItem('internalProcess', emptyInternalStep(values.processingTime.unit))}
      />
    </SectionCard>
  );
}
