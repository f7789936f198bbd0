/**
 * A version's terms as the editor's form holds them, and back as the API takes them. The form keeps
 * the API's shape, so a fault the API names (`documents[2].name`) is the form path
 * `documents.2.name`, and goes beside that input without a lookup table.
 */
import { randomId } from '@mantine/hooks';
import type {
  CatalogueVersionTermsFragment,
  DurationUnit,
  OnlineServiceLevel,
  ProcedureTermsInput,
  ProcessRole,
  SubmissionChannel,
  TermsSection,
} from '@motcua/graphql-client';

/** What a NumberInput holds: a number, or the text being typed ("" when cleared). */
export type NumberValue = number | string;

export interface DurationValues {
  value: NumberValue;
  unit: DurationUnit;
}

export interface FeeValues {
  description: string;
  amountVnd: NumberValue;
  legalText: string;
}

export interface ChannelValues {
  channel: SubmissionChannel;
  /** Whether this channel has a time of its own; otherwise the version's applies. */
  ownTime: boolean;
  processingTime: DurationValues;
  fees: FeeValues[];
}

export interface DocumentValues {
  name: string;
  originals: NumberValue;
  copies: NumberValue;
  formTemplate: string;
  fromNationalDatabase: boolean;
}

export interface LegalBasisValues {
  number: string;
  issuedOn: string | null;
  issuer: string;
  title: string;
}

export interface InternalStepValues {
  /** Stable identity for drag and drop and React keys; never sent. */
  key: string;
  name: string;
  role: ProcessRole;
  agencyId: string | null;
  duration: DurationValues;
}

export interface TermsValues {
  steps: string[];
  channels: ChannelValues[];
  onlineLevel: OnlineServiceLevel;
  processingTime: DurationValues;
  documents: DocumentValues[];
  conditions: string;
  result: { name: string; validity: string };
  legalBases: LegalBasisValues[];
  internalProcess: InternalStepValues[];
}

export const channelOrder: readonly SubmissionChannel[] = ['IN_PERSON', 'ONLINE', 'POSTAL'];
export const durationUnits: readonly DurationUnit[] = ['WORKING_DAY', 'CALENDAR_DAY', 'HOUR'];
export const onlineLevels: readonly OnlineServiceLevel[] = ['INFORMATION', 'PARTIAL', 'FULL'];
export const processRoles: readonly ProcessRole[] = ['RECEPTION_OFFICER', 'SPECIALIST', 'APPROVER'];

/** The terms of a procedure that has none yet: everything to fill in, which publishing would refuse. */
export const emptyTermsInput: ProcedureTermsInput = {
  steps: [],
  channels: [],
  onlineLevel: 'INFORMATION',
  processingTime: { value: 0, unit: 'WORKING_DAY' },
  documents: [],
  conditions: null,
  result: { name: '' },
  legalBases: [],
  internalProcess: [],
};

/** The form of a procedure without any version (its only draft discarded). */
export function blankTermsValues(): TermsValues {
  return {
    steps: [],
    channels: [],
    onlineLevel: 'INFORMATION',
    processingTime: { value: 0, unit: 'WORKING_DAY' },
    documents: [],
    conditions: '',
    result: { name: '', validity: '' },
    legalBases: [],
    internalProcess: [],
  };
}

export function emptyFee(): FeeValues {
  return { description: '', amountVnd: 0, legalText: '' };
}

export function emptyChannel(channel: SubmissionChannel, time: DurationValues): ChannelValues {
  return { channel, ownTime: false, processingTime: { ...time }, fees: [] };
}

export function emptyDocument(): DocumentValues {
  return { name: '', originals: 1, copies: 0, formTemplate: '', fromNationalDatabase: false };
}

export function emptyLegalBasis(): LegalBasisValues {
  return { number: '', issuedOn: null, issuer: '', title: '' };
}

export function emptyInternalStep(unit: DurationUnit): InternalStepValues {
  return { key: randomId(), name: '', role: 'SPECIALIST', agencyId: null, duration: { value: 1, unit } };
}

const sameDuration = (a: { value: number; unit: DurationUnit }, b: { value: number; unit: DurationUnit }) =>
  a.value === b.value && a.unit === b.unit;

export function termsValuesOf(version: CatalogueVersionTermsFragment): TermsValues {
  return {
    steps: [...version.steps],
    channels: version.channels.map((channel) => ({
      channel: channel.channel,
      // The API answers each channel's time, the version's when it sets none of its own.
      ownTime: !sameDuration(channel.processingTime, version.processingTime),
      processingTime: { ...channel.processingTime },
      fees: channel.fees.map((fee) => ({ ...fee, legalText: fee.legalText ?? '' })),
    })),
    onlineLevel: version.onlineLevel,
    processingTime: { value: version.processingTime.value, unit: version.processingTime.unit },
    documents: version.documents.map((document) => ({ ...document, formTemplate: document.formTemplate ?? '' })),
    conditions: version.conditions ?? '',
    result: { name: version.result.name, validity: version.result.validity ?? '' },
    legalBases: version.legalBases.map((basis) => ({ ...basis })),
    internalProcess: version.internalProcess.map((step) => ({
      key: randomId(),
      name: step.name,
      role: step.role,
      agencyId: step.agency.id,
      duration: { value: step.duration.value, unit: step.duration.unit },
    })),
  };
}

/** A number the form holds, or NaN when the field is empty or not a number. */
export function numberOf(value: NumberValue): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}

const durationInput = (duration: DurationValues) => ({ value: numberOf(duration.value), unit: duration.unit });
const orNull = (text: string) => (text.trim() === '' ? null : text);

/** The form as the API takes it. Call after `checkTermsForSaving` found nothing. */
export function termsInputOf(values: TermsValues): ProcedureTermsInput {
  return {
    steps: values.steps,
    channels: values.channels.map((channel) => ({
      channel: channel.channel,
      processingTime: channel.ownTime ? durationInput(channel.processingTime) : null,
      fees: channel.fees.map((fee) => ({
        description: fee.description,
        amountVnd: numberOf(fee.amountVnd),
        legalText: orNull(fee.legalText),
      })),
    })),
    onlineLevel: values.onlineLevel,
    processingTime: durationInput(values.processingTime),
    documents: values.documents.map((document) => ({
      name: document.name,
      originals: numberOf(document.originals),
      copies: numberOf(document.copies),
      formTemplate: orNull(document.formTemplate),
      fromNationalDatabase: document.fromNationalDatabase,
    })),
    conditions: orNull(values.conditions),
    result: { name: values.result.name, validity: orNull(values.result.validity) },
    legalBases: values.legalBases.map((basis) => ({ ...basis, issuedOn: basis.issuedOn ?? '' })),
    internalProcess: values.internalProcess.map((step) => ({
      name: step.name,
      role: step.role,
      agencyId: step.agencyId ?? '',
      duration: durationInput(step.duration),
    })),
  };
}

/** What the form refuses to send: a draft may be incomplete, but not malformed. Keys are form paths. */
export type TermsProblem = 'wholeNonNegative' | 'positiveTime' | 'agencyRequired' | 'dateRequired';

export function checkTermsForSaving(values: TermsValues): Record<string, TermsProblem> {
  const problems: Record<string, TermsProblem> = {};
  const wholeNonNegative = (value: NumberValue) => {
    const number = numberOf(value);
    return Number.isInteger(number) && number >= 0;
  };
  // Zero is a time not yet given (a new procedure's): publishing refuses it, saving keeps it.
  const timeGiven = (duration: DurationValues) => {
    const number = numberOf(duration.value);
    return Number.isFinite(number) && number >= 0;
  };
  if (!timeGiven(values.processingTime)) problems['processingTime'] = 'positiveTime';
  values.channels.forEach((channel, i) => {
    if (channel.ownTime && !(numberOf(channel.processingTime.value) > 0)) {
      problems[`channels.${i}.processingTime`] = 'positiveTime';
    }
    channel.fees.forEach((fee, j) => {
      if (!wholeNonNegative(fee.amountVnd)) problems[`channels.${i}.fees.${j}.amountVnd`] = 'wholeNonNegative';
    });
  });
  values.documents.forEach((document, i) => {
    if (!wholeNonNegative(document.originals)) problems[`documents.${i}.originals`] = 'wholeNonNegative';
    if (!wholeNonNegative(document.copies)) problems[`documents.${i}.copies`] = 'wholeNonNegative';
  });
  values.legalBases.forEach((basis, i) => {
    if (!basis.issuedOn) problems[`legalBases.${i}.issuedOn`] = 'dateRequired';
  });
  values.internalProcess.forEach((step, i) => {
    if (!step.agencyId) problems[`internalProcess.${i}.agencyId`] = 'agencyRequired';
    if (!timeGiven(step.duration)) {
      problems[`internalProcess.${i}.duration`] = 'positiveTime';
    }
  });
  return problems;
}

/** `terms.documents[2].name` → `documents.2.name`: the API's path as the form's. */
export function formPathOf(field: string, prefix = 'terms.'): string {
  const local = field.startsWith(prefix) ? field.slice(prefix.length) : field;
  return local.replace(/\[(\d+)\]/g, '.$1');
}

export interface Fault {
  field: string;
  message: string;
}

/** Faults by form path; two faults at one place are shown together. */
export function errorsOfFaults(faults: readonly Fault[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const fault of faults) {
    const path = formPathOf(fault.field);
    errors[path] = errors[path] ? `${errors[path]} ${fault.message}` : fault.message;
  }
  return errors;
}

/** Working days count in halves, so sums are exact: every duration as whole half-days, days or hours. */
const stepsPerUnit: Record<DurationUnit, number> = { WORKING_DAY: 2, CALENDAR_DAY: 1, HOUR: 1 };

export type Budget =
  | { kind: 'noTime' }
  | { kind: 'noSteps'; legal: number }
  | { kind: 'otherUnit'; positions: number[]; legal: number }
  | { kind: 'sum'; total: number; legal: number; parts: { key: string; name: string; value: number }[] };

/**
 * The internal process against the processing time, as the API checks it on publication: every step
 * in the processing time's unit, adding up to it exactly.
 */
export function timeBudget(values: Pick<TermsValues, 'processingTime' | 'internalProcess'>): Budget {
  const unit = values.processingTime.unit;
  const legal = numberOf(values.processingTime.value);
  if (!(legal > 0)) return { kind: 'noTime' };
  if (values.internalProcess.length === 0) return { kind: 'noSteps', legal };
  const positions = values.internalProcess
    .map((step, i) => (step.duration.unit === unit ? null : i + 1))
    .filter((position): position is number => position !== null);
  if (positions.length > 0) return { kind: 'otherUnit', positions, legal };
  const parts = values.internalProcess.map((step) => ({
    key: step.key,
    name: step.name,
    value: Math.max(0, numberOf(step.duration.value) || 0),
  }));
  const scale = stepsPerUnit[unit];
  const total = parts.reduce((sum, part) => sum + Math.round(part.value * scale), 0) / scale;
  return { kind: 'sum', total, legal, parts };
}

const sectionOfHead: Record<string, TermsSection> = {
  steps: 'STEPS',
  channels: 'CHANNELS',
  onlineLevel: 'ONLINE_LEVEL',
  processingTime: 'PROCESSING_TIME',
  documents: 'DOCUMENTS',
  conditions: 'CONDITIONS',
  result: 'RESULT',
  legalBases: 'LEGAL_BASES',
  internalProcess: 'INTERNAL_PROCESS',
};

/** The section a form path lies in, for naming it to the user (`channels.0.fees.1.amountVnd` → FEES). */
export function sectionOfPath(path: string): TermsSection | null {
  if (/^channels\.\d+\.fees/.test(path)) return 'FEES';
  return sectionOfHead[path.split('.')[0] ?? ''] ?? null;
}
