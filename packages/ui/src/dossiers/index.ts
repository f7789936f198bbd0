export { DossierStatusBadge, TimelinessBadge } from './DossierBadges';
export { dossierStatusColor, dossierStatusName, timelinessName } from './dossierLabels';
