/**
 * The terms of a published procedure version as the procedures subgraph's
 * `ProcedureVersionPublished` event carries them (the payload is the contract). Internal-process
 * steps name their agency by id.
 */
import type { Duration, ProcedureTerms, ProcessRole } from '@motcua/seed-data';

export type { Duration, DurationUnit, ProcessRole, RequiredDocument, SubmissionChannel } from '@motcua/seed-data';

export interface ProcessStepTerms {
  name: string;
  role: ProcessRole;
  agencyId: string;
  duration: Duration;
}

export type VersionTermsCopy = Omit<ProcedureTerms, 'applicantTypes' | 'internalProcess'> & {
  internalProcess: ProcessStepTerms[];
};

/** The processing time that applies to a channel: the channel's own where the procedure sets one apart. */
export function processingTimeFor(terms: VersionTermsCopy, channel: string): Duration {
  return terms.channels.find((entry) => entry.channel === channel)?.processingTime ?? terms.processingTime;
}

/** Channels a procedure can be filed through online (partly or fully online procedures). */
export function acceptsOnlineFiling(terms: VersionTermsCopy): boolean {
  return terms.onlineLevel !== 'INFORMATION' && terms.channels.some((entry) => entry.channel === 'ONLINE');
}
