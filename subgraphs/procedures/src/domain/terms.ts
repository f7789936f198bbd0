/**
 * A procedure version's terms as this subgraph stores them: the national database's public fields
 * (see @motcua/seed-data's ProcedureTerms) with internal-process agencies referenced by id.
 */
import type { Duration, ProcedureTerms, ProcessRole } from '@motcua/seed-data';

export type {
  ApplicantType,
  ChannelTerms,
  Duration,
  DurationUnit,
  Fee,
  LegalBasis,
  OnlineServiceLevel,
  ProcessRole,
  PublicationDecision,
  RequiredDocument,
  SubmissionChannel,
} from '@motcua/seed-data';

export interface StoredStep {
  name: string;
  role: ProcessRole;
  /** An Agency of the organizations subgraph. */
  agencyId: string;
  duration: Duration;
}

export type VersionTerms = Omit<ProcedureTerms, 'applicantTypes' | 'internalProcess'> & {
  internalProcess: StoredStep[];
};
