/**
 * Dossier states (DOMAIN.md §1.3) and the national public service portal's status code of each.
 * DRAFT, AWAITING_RECEPTION_SUPPLEMENT are internal and have no national code.
 */
export const DOSSIER_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'AWAITING_RECEPTION_SUPPLEMENT',
  'RECEIVED',
  'REFUSED',
  'IN_PROCESS',
  'SUPPLEMENT_REQUESTED',
  'AWAITING_PAYMENT',
  'WITHDRAWAL_REQUESTED',
  'STOPPED',
  'RESOLVED',
  'RETURNED',
] as const;

export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

const NATIONAL_STATUS_CODE: Partial<Record<DossierStatus, number>> = {
  SUBMITTED: 1,
  RECEIVED: 2,
  REFUSED: 3,
  IN_PROCESS: 4,
  SUPPLEMENT_REQUESTED: 5,
  AWAITING_PAYMENT: 6,
  WITHDRAWAL_REQUESTED: 7,
  STOPPED: 8,
  RESOLVED: 9,
  RETURNED: 10,
};

export function nationalStatusCode(status: DossierStatus): number | null {
  return NATIONAL_STATUS_CODE[status] ?? null;
}
