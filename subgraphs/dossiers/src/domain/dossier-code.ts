/**
 * The dossier code of Circular 01/2018 (and 03/2025 Art. 13): `<agency electronic ID>-YYMMDD-NNNN`,
 * the date being the reception date in Vietnam's time zone and NNNN the day's running number
 * (at least four digits).
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh has no daylight saving

export function receptionDay(receivedAt: Date): string {
  const local = new Date(receivedAt.getTime() + VIETNAM_OFFSET_MS);
  const yy = String(local.getUTCFullYear() % 100).padStart(2, '0');
  const mm = String(local.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(local.getUTCDate()).padStart(2, '0');
  return `${yy}${mm}${dd}`;
}

export function formatDossierCode(agencyElectronicId: string, receivedAt: Date, runningNumber: number): string {
  if (!Number.isInteger(runningNumber) || runningNumber < 1) {
    throw new RangeError(`running number must be a positive integer, got ${runningNumber}`);
  }
  return `${agencyElectronicId}-${receptionDay(receivedAt)}-${String(runningNumber).padStart(4, '0')}`;
}
