// The API's checks on a new official (subgraphs/organizations, organization-rules), mirrored so the
// form can say so before a round trip. The API checks them again.

export interface OfficialValues {
  fullName: string;
  position: string;
  homeAgencyId: string | null;
  /** A NumberInput's value: '' while empty. */
  yearsOfService: number | string;
  email: string;
  phone: string;
}

export type OfficialProblem =
  'fullNameRequired' | 'positionRequired' | 'tooLong' | 'homeAgencyRequired' | 'yearsOfService' | 'email' | null;

const maxTextLength = 120;
export const maxYearsOfService = 50;
// Enough to catch a slip of the keyboard; the mail server is the real judge.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function textProblem(value: string, required: OfficialProblem): OfficialProblem {
  const length = value.trim().length;
  if (length === 0) return required;
  return length > maxTextLength ? 'tooLong' : null;
}

/** What is wrong with each field, if anything. */
export function officialProblems(values: OfficialValues): Record<keyof OfficialValues, OfficialProblem> {
  const years = values.yearsOfService === '' ? NaN : Number(values.yearsOfService);
  const email = values.email.trim();
  return {
    fullName: textProblem(values.fullName, 'fullNameRequired'),
    position: textProblem(values.position, 'positionRequired'),
    homeAgencyId: values.homeAgencyId ? null : 'homeAgencyRequired',
    yearsOfService: Number.isInteger(years) && years >= 0 && years <= maxYearsOfService ? null : 'yearsOfService',
    email: email && !emailPattern.test(email) ? 'email' : null,
    phone: null,
  };
}
