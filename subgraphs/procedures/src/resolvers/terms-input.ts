/** GraphQL input → stored terms. GraphQL has checked the types; ids are checked here. */
import { badInput, isUuid } from '@motcua/subgraph-kit';
import type { Duration, VersionTerms } from '../domain/terms.js';

export interface TermsInput {
  steps: string[];
  channels: {
    channel: VersionTerms['channels'][number]['channel'];
    processingTime?: Duration | null;
    fees: { description: string; amountVnd: number; legalText?: string | null }[];
  }[];
  onlineLevel: VersionTerms['onlineLevel'];
  processingTime: Duration;
  documents: {
    name: string;
    originals: number;
    copies: number;
    formTemplate?: string | null;
    fromNationalDatabase: boolean;
  }[];
  conditions?: string | null;
  result: { name: string; validity?: string | null };
  legalBases: VersionTerms['legalBases'];
  internalProcess: {
    name: string;
    role: VersionTerms['internalProcess'][number]['role'];
    agencyId: string;
    duration: Duration;
  }[];
}

const trimmedOrNull = (text: string | null | undefined) => (text && text.trim().length > 0 ? text.trim() : null);

export function termsFromInput(input: TermsInput, prefix = 'terms'): VersionTerms {
  input.internalProcess.forEach((step, i) => {
    if (!isUuid(step.agencyId)) {
      throw badInput(
        'Chọn cơ quan thực hiện bước này. / Choose the agency of this step.',
        `${prefix}.internalProcess[${i}].agencyId`,
      );
    }
  });
  return {
    steps: input.steps.map((step) => step.trim()),
    channels: input.channels.map((channel) => ({
      channel: channel.channel,
      processingTime: channel.processingTime ?? null,
      fees: channel.fees.map((fee) => ({
        description: fee.description.trim(),
        amountVnd: fee.amountVnd,
        legalText: trimmedOrNull(fee.legalText),
      })),
    })),
    onlineLevel: input.onlineLevel,
    processingTime: input.processingTime,
    documents: input.documents.map((document) => ({
      name: document.name.trim(),
      originals: document.originals,
      copies: document.copies,
      formTemplate: trimmedOrNull(document.formTemplate),
      fromNationalDatabase: document.fromNationalDatabase,
    })),
    conditions: trimmedOrNull(input.conditions),
    result: { name: input.result.name.trim(), validity: trimmedOrNull(input.result.validity) },
    legalBases: input.legalBases.map((basis) => ({
      number: basis.number.trim(),
      issuedOn: basis.issuedOn,
      issuer: basis.issuer.trim(),
      title: basis.title.trim(),
    })),
    internalProcess: input.internalProcess.map((step) => ({
      name: step.name.trim(),
      role: step.role,
      agencyId: step.agencyId,
      duration: step.duration,
    })),
  };
}
