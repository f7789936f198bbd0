/** What a dossier row holds besides its position: the applicant, the checklist, the result. */

export type ApplicantKind = 'PERSON' | 'ORGANISATION';

export interface RepresentativeRecord {
  name: string;
  idNumber: string;
  phone: string | null;
  authorisation: string;
}

export interface ApplicantRecord {
  kind: ApplicantKind;
  name: string;
  idNumber: string;
  address: string;
  communeId: string | null;
  phone: string | null;
  email: string | null;
  representative: RepresentativeRecord | null;
}

/** One document of the bound version's list, as checked at reception. */
export interface DocumentCheck {
  index: number;
  provided: boolean;
  fromNationalDatabase: boolean;
}

export type ResolutionOutcome = 'APPROVED' | 'REJECTED';

export interface ResultRecord {
  outcome: ResolutionOutcome;
  summary: string;
  documentNumber: string | null;
  issuedAt: string;
  electronic: boolean;
}
