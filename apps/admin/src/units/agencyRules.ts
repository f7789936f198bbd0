// The API's checks on an agency (subgraphs/organizations, organization-rules), mirrored so the form
// can say so before a round trip. The API checks them again, and whether an ID is already used.

const electronicIdPattern = /^[A-Z0-9.]{3,40}$/;

/** As the API stores it: no surrounding spaces, capitals. */
export function normaliseElectronicId(electronicId: string): string {
  return electronicId.trim().toUpperCase();
}

export type AgencyProblem = 'electronicIdFormat' | 'required' | 'tooLong' | null;

export function electronicIdProblem(electronicId: string): AgencyProblem {
  return electronicIdPattern.test(normaliseElectronicId(electronicId)) ? null : 'electronicIdFormat';
}

/** A name or short name: required, and at most `max` characters once trimmed. */
export function agencyTextProblem(value: string, max: number): AgencyProblem {
  const length = value.trim().length;
  if (length === 0) return 'required';
  return length > max ? 'tooLong' : null;
}

export const maxNameLength = 200;
export const maxShortNameLength = 80;
