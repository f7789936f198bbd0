import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierStatus, Timeliness } from '@motcua/graphql-client';
import {
  dossierStatusColor,
  dossierStatusName,
  dueSoonLabel,
  nationalStatusCodeLabel,
  timelinessName,
} from './dossierLabels';

/**
 * A dossier's state by its national name ("Đang xử lý"), with the national portal's code (1–10)
 * after it when `nationalStatusCode` is given; internal states (draft, awaiting a supplement before
 * reception) have no code.
 */
export function DossierStatusBadge({
  status,
  nationalStatusCode,
  size = 'md',
}: {
  status: DossierStatus;
  nationalStatusCode?: number | null;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const name = dossierStatusName(status, language);
  const badge = (
    <Badge
      color={dossierStatusColor[status]}
      variant="light"
      size={size}
      tt="none"
      // Never cut to "Đa…" by a narrow table column: the name is the point.
      miw="max-content"
      data-status={status}
    >
      {nationalStatusCode != null ? `${name} (${nationalStatusCode})` : name}
    </Badge>
  );
  if (nationalStatusCode == null) return badge;
  return (
    <Tooltip label={`${nationalStatusCodeLabel(language)}: ${nationalStatusCode}`} withArrow>
      {badge}
    </Tooltip>
  );
}

/**
 * Trước hạn (green), Đúng hạn (blue), Quá hạn (red); with `dueSoon` and no timeliness yet, "Sắp
 * đến hạn" in orange. Nothing when there is nothing to say.
 */
export function TimelinessBadge({
  timeliness,
  dueSoon = false,
  size = 'md',
}: {
  timeliness: Timeliness | null | undefined;
  dueSoon?: boolean;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  if (timeliness) {
    const color = timeliness === 'LATE' ? 'red.8' : timeliness === 'ON_TIME' ? 'blue' : 'green';
    return (
      <Badge color={color} variant={timeliness === 'LATE' ? 'filled' : 'light'} size={size} tt="none" miw="max-content">
        {timelinessName(timeliness, language)}
      </Badge>
    );
  }
  if (dueSoon) {
    return (
      <Badge color="orange.7" variant="filled" size={size} tt="none" miw="max-content">
        {dueSoonLabel(language)}
      </Badge>
    );
  }
  return null;
}
