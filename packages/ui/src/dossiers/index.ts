export { DossierStatusBadge, TimelinessBadge } from './DossierBadges';
export { dossierStatusColor, dossierStatuses, dossierStatusName, timelinessName } from './dossierLabels';
