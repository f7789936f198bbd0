/**
 * The online form's values, its checks step by step, and the way to and from the API: the draft a
 * dossier holds (`dossier(id)`) and the `OnlineDraftInput` that saves it. Pure, no React.
 */
import type { ApplicantKind, CitizenDossierFragment, OnlineDraftInput, ResultDelivery } from '@motcua/graphql-client';
import type { ProcedureTerms } from '../procedure/types';

/** How the applicant provides one document of the version's list. */
export type DocumentSource = 'ATTACHED' | 'NATIONAL_DATABASE' | 'LATER';

export interface FilingValues {
  applicant: {
    kind: ApplicantKind;
    name: string;
    idNumber: string;
    address: string;
    phone: string;
    email: string;
    hasRepresentative: boolean;
    representative: { name: string; idNumber: string; phone: string; authorisation: string };
  };
  /** One per document of the version's list, in its order. */
  documents: { source: DocumentSource }[];
  resultDelivery: ResultDelivery;
}

export const filingSteps = ['applicant', 'documents', 'delivery', 'summary'] as const;
export type FilingStep = (typeof filingSteps)[number];

type VersionDocument = ProcedureTerms['documents'][number];

/** Where the law lets the office read it from a national database, that is the default. */
function defaultSource(document: VersionDocument): DocumentSource {
  return document.fromNationalDatabase ? 'NATIONAL_DATABASE' : 'ATTACHED';
}

export function newFilingValues(documents: readonly VersionDocument[], applicantName: string): FilingValues {
  return {
    applicant: {
      kind: 'PERSON',
      name: applicantName,
      idNumber: '',
      address: '',
      phone: '',
      email: '',
      hasRepresentative: false,
      representative: { name: '', idNumber: '', phone: '', authorisation: '' },
    },
    documents: documents.map((document) => ({ source: defaultSource(document) })),
    resultDelivery: 'ONLINE',
  };
}

/** The form as a saved draft left it. */
export function filingValuesOf(dossier: CitizenDossierFragment, documents: readonly VersionDocument[]): FilingValues {
  const { applicant } = dossier;
  const representative = applicant.representative;
  return {
    applicant: {
      kind: applicant.kind,
      name: applicant.name,
      idNumber: applicant.idNumber,
      address: applicant.address,
      phone: applicant.phone ?? '',
      email: applicant.email ?? '',
      hasRepresentative: representative !== null,
      representative: {
        name: representative?.name ?? '',
        idNumber: representative?.idNumber ?? '',
        phone: representative?.phone ?? '',
        authorisation: representative?.authorisation ?? '',
      },
    },
    documents: documents.map((document, index) => {
      const saved = dossier.documents.find((item) => item.index === index);
      if (!saved) return { source: defaultSource(document) };
      if (saved.fromNationalDatabase) return { source: 'NATIONAL_DATABASE' };
      return { source: saved.provided ? 'ATTACHED' : 'LATER' };
    }),
    resultDelivery: dossier.resultDelivery,
  };
}

const blankToNull = (value: string) => value.trim() || null;

export function draftInput(values: FilingValues, procedureId: string, dossierId: string | null): OnlineDraftInput {
  const { applicant } = values;
  const representative = applicant.representative;
  return {
    dossierId,
    procedureId,
    applicant: {
      kind: applicant.kind,
      name: applicant.name.trim(),
      idNumber: applicant.idNumber.trim(),
      address: applicant.address.trim(),
      phone: blankToNull(applicant.phone),
      email: blankToNull(applicant.email),
      representative: applicant.hasRepresentative
        ? {
            name: representative.name.trim(),
            idNumber: representative.idNumber.trim(),
            phone: blankToNull(representative.phone),
            authorisation: representative.authorisation.trim(),
          }
        : null,
    },
    documents: values.documents.map(({ source }, index) => ({
      index,
      provided: source === 'ATTACHED',
      fromNationalDatabase: source === 'NATIONAL_DATABASE',
    })),
    resultDelivery: values.resultDelivery,
  };
}

/** Keys of `onlineFiling.errors`. */
export type FilingProblem = 'name' | 'idNumber' | 'enterpriseCode' | 'address' | 'phone' | 'email' | 'authorisation';

const personalId = /^\d{12}$/;
const enterpriseCode = /^\d{10}(-\d{3})?$/;
const phone = /^(0|\+84)\d{9,10}$/;
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function phoneProblem(value: string): FilingProblem | null {
  const digits = value.replace(/[\s.-]/g, '');
  return digits && !phone.test(digits) ? 'phone' : null;
}

/** What the applicant step must have before the form moves on (the API checks again). */
function applicantProblems(applicant: FilingValues['applicant']): Record<string, FilingProblem> {
  const problems: Record<string, FilingProblem | null> = {
    'applicant.name': applicant.name.trim().length >= 2 && applicant.name.trim().length <= 200 ? null : 'name',
    'applicant.idNumber':
      applicant.kind === 'PERSON'
        ? personalId.test(applicant.idNumber.trim())
          ? null
          : 'idNumber'
        : enterpriseCode.test(applicant.idNumber.trim())
          ? null
          : 'enterpriseCode',
    'applicant.address': applicant.address.trim() ? null : 'address',
    'applicant.phone': phoneProblem(applicant.phone),
    'applicant.email': applicant.email.trim() && !email.test(applicant.email.trim()) ? 'email' : null,
  };
  if (applicant.hasRepresentative) {
    const { representative } = applicant;
    problems['applicant.representative.name'] = representative.name.trim().length >= 2 ? null : 'name';
    problems['applicant.representative.idNumber'] = personalId.test(representative.idNumber.trim()) ? null : 'idNumber';
    problems['applicant.representative.phone'] = phoneProblem(representative.phone);
    problems['applicant.representative.authorisation'] = representative.authorisation.trim() ? null : 'authorisation';
  }
  return Object.fromEntries(
    Object.entries(problems).filter((entry): entry is [string, FilingProblem] => entry[1] !== null),
  );
}

/** The problems of one step, by form path; only the applicant's step has free text to check. */
export function stepProblems(step: FilingStep, values: FilingValues): Record<string, FilingProblem> {
  return step === 'applicant' ? applicantProblems(values.applicant) : {};
}

const formPaths = new Set([
  'applicant.kind',
  'applicant.name',
  'applicant.idNumber',
  'applicant.address',
  'applicant.phone',
  'applicant.email',
  'applicant.representative.name',
  'applicant.representative.idNumber',
  'applicant.representative.phone',
  'applicant.representative.authorisation',
  'resultDelivery',
]);

/**
 * Where a field the API names (`applicant.idNumber`, `documents[2].provided`) is in the form, or
 * null when the form has no input for it.
 */
export function formPathOf(apiField: string, documentCount: number): string | null {
  const path = apiField.replace(/\[(\d+)\]/g, '.$1');
  const document = /^documents\.(\d+)(\.|$)/.exec(path);
  if (document) return Number(document[1]) < documentCount ? `documents.${document[1]}.source` : null;
  return formPaths.has(path) ? path : null;
}

/** The step that shows a form path. */
export function stepOfPath(path: string): FilingStep {
  if (path.startsWith('applicant.')) return 'applicant';
  if (path.startsWith('documents.')) return 'documents';
  return 'delivery';
}
