import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierStatus, Timeliness } from '@motcua/graphql-client';

/** Waiting for the applicant is orange, closed without a result grey, a result green. */
const statusColour: Record<DossierStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  AWAITING_RECEPTION_SUPPLEMENT: 'orange',
  RECEIVED: 'blue',
  REFUSED: 'red',
  IN_PROCESS: 'blue',
  SUPPLEMENT_REQUESTED: 'orange',
  AWAITING_PAYMENT: 'orange',
  WITHDRAWAL_REQUESTED: 'gray',
  STOPPED: 'gray',
  RESOLVED: 'green',
  RETURNED: 'green',
};

/** The status in the national portal's words ("Đang xử lý"), with its national code when it has one. */
export function DossierStatusBadge({
  status,
  nationalStatusCode,
}: {
  status: DossierStatus;
  nationalStatusCode?: number | null;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" component="span">
      <Badge
        variant="light"
        color={statusColour[status]}
        tt="none"
        radius="sm"
        h="auto"
        py={2}
        maw="100%"
        // Long names ("Chờ bổ sung để tiếp nhận") wrap in a narrow column instead of being cut.
        styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
      >
        {t(`dossier.status.${status}`)}
      </Badge>
      {nationalStatusCode != null && (
        <Text span size="xs" c="dimmed">
          {t('dossier.nationalCode', { code: nationalStatusCode })}
        </Text>
      )}
    </Group>
  );
}

const timelinessColour: Record<Timeliness, string> = { EARLY: 'teal', ON_TIME: 'blue', LATE: 'red' };

/** Trước hạn / Đúng hạn / Quá hạn. */
export function TimelinessBadge({ timeliness }: { timeliness: Timeliness }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={timelinessColour[timeliness]}
      tt="none"
      radius="sm"
      styles={{ root: { flexShrink: 0, minWidth: 'max-content' }, label: { overflow: 'visible' } }}
    >
      {t(`dossier.timeliness.${timeliness}`)}
    </Badge>
  );
}
