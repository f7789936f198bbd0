import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { isForbidden, useSession } from '@motcua/graphql-client';
import { EmptyResult, ForbiddenPage, LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { todayIso } from '../dates/isoDates';
import { AddSecondmentForm } from './AddSecondmentForm';
import { CreateOfficialForm, type CreatedOfficial } from './CreateOfficialForm';
import { EndSecondmentForm } from './EndSecondmentForm';
import { SecondmentTable } from './SecondmentTable';
import { SecondmentTimeline } from './SecondmentTimeline';
import { StaffingWarnings } from './StaffingWarnings';
import {
  defaultSectionId,
  useSectionStaffing,
  useStaffingSections,
  type SecondmentRow,
  type StaffingSection,
} from './useSectionStaffing';

/** After "Thêm cán bộ": the official is recorded; second them now, or later. */
function OfficialRecorded({
  official,
  onSecond,
  onDone,
}: {
  official: CreatedOfficial;
  onSecond: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text>{t('staffing.officialRecorded', { name: official.fullName })}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone}>
          {t('form.close')}
        </Button>
        <Button onClick={onSecond} data-autofocus>
          {t('staffing.secondRecorded')}
        </Button>
      </Group>
    </Stack>
  );
}

function SectionStaffing({ section }: { section: StaffingSection }) {
  const { t } = useTranslation();
  const staffing = useSectionStaffing(section.id);
  // null: closed; otherwise open, starting with this official (or none).
  const [adding, setAdding] = useState<{ officialId: string | null } | null>(null);
  const [recording, setRecording] = useState(false);
  // The official just recorded, while the modal offers to second them.
  const [recorded, setRecorded] = useState<CreatedOfficial | null>(null);
  const [ending, setEnding] = useState<SecondmentRow | null>(null);
  // Said once after a change, in a live region, since the modal that had focus is gone.
  const [announcement, setAnnouncement] = useState('');
  const today = todayIso();
  const closeRecording = () => {
    setRecording(false);
    setRecorded(null);
  };

  if (isForbidden(staffing.error)) return <ForbiddenPage />;
  if (staffing.error) return <LoadErrorAlert onRetry={() => void staffing.refetch().catch(() => undefined)} />;
  if (staffing.loading || !staffing.warnings) return <LoadingState />;

  return (
    <Stack gap="lg">
      <section aria-labelledby="staffing-warnings-heading">
        <Title order={2} fz="h3" id="staffing-warnings-heading" mb="xs">
          {t('staffing.warnings.heading')}
        </Title>
        <StaffingWarnings warnings={staffing.warnings} />
      </section>

      <Group justify="space-between" align="center">
        <Text role="status" size="sm" fw={500}>
          {announcement}
        </Text>
        <Group gap="sm">
          <Button variant="light" onClick={() => setRecording(true)}>
            {t('staffing.recordOfficial')}
          </Button>
          <Button onClick={() => setAdding({ officialId: null })}>{t('staffing.add')}</Button>
        </Group>
      </Group>

      <SecondmentTimeline counters={section.counters} secondments={staffing.secondments} today={today} />

      <section aria-labelledby="staffing-table-heading">
        <Title order={2} fz="h3" id="staffing-table-heading" mb="xs">
          {t('staffing.table.heading')}
        </Title>
        {staffing.secondments.length === 0 ? (
          <EmptyResult title={t('staffing.table.empty')} />
        ) : (
          <SecondmentTable secondments={staffing.secondments} onEndEarly={setEnding} />
        )}
      </section>

      <Modal opened={adding !== null} onClose={() => setAdding(null)} title={t('staffing.addForm.title')} size="lg">
        {adding && (
          <AddSecondmentForm
            counters={section.counters}
            officialId={adding.officialId}
            onCancel={() => setAdding(null)}
            onAdded={(name) => {
              setAdding(null);
              setAnnouncement(t('staffing.added', { name }));
              void staffing.refetch().catch(() => undefined);
            }}
          />
        )}
      </Modal>
      <Modal opened={recording} onClose={closeRecording} title={t('staffing.officialForm.title')} size="lg">
        {recorded ? (
          <OfficialRecorded
            official={recorded}
            onSecond={() => {
              closeRecording();
              setAdding({ officialId: recorded.id });
            }}
            onDone={closeRecording}
          />
        ) : (
          <CreateOfficialForm
            onCancel={closeRecording}
            onCreated={(official) => {
              setRecorded(official);
              setAnnouncement(t('staffing.officialRecorded', { name: official.fullName }));
            }}
          />
        )}
      </Modal>
      <Modal opened={ending !== null} onClose={() => setEnding(null)} title={t('staffing.endForm.title')}>
        {ending && (
          <EndSecondmentForm
            secondment={ending}
            onCancel={() => setEnding(null)}
            onEnded={() => {
              setAnnouncement(t('staffing.ended', { name: ending.official.fullName }));
              setEnding(null);
              void staffing.refetch().catch(() => undefined);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

/**
 * /bo-tri-can-bo: which officials sit at which counters of a one-stop place, and until when.
 * Centre managers and system administrators; a centre manager starts at their own section.
 */
export function StaffingPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('staffing.heading')} · ${t('appTitle')}`);
  const { account } = useSession();
  const list = useStaffingSections();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const sectionId = chosenId ?? defaultSectionId(list.sections, account);
  const section = list.sections.find((item) => item.id === sectionId) ?? null;

  return (
    <Stack gap="md">
      <PageHeader title={t('staffing.heading')} description={t('staffing.intro')} />
      {list.error ? (
        <LoadErrorAlert onRetry={list.retry} />
      ) : list.loading ? (
        <LoadingState />
      ) : (
        <>
          <Select
            label={t('staffing.section')}
            placeholder={t('staffing.sectionPlaceholder')}
            data={list.sections.map((item) => ({ value: item.id, label: item.name }))}
            value={sectionId}
            onChange={setChosenId}
            searchable
            allowDeselect={false}
            maw={480}
          />
          {section ? <SectionStaffing key={section.id} section={section} /> : <Text>{t('staffing.pickSection')}</Text>}
        </>
      )}
    </Stack>
  );
}
