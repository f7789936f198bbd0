/**
 * The structure of a version's terms, for input that does not come through GraphQL's own types
 * (catalogue imports). Structure only: what publishing demands is in version-rules.ts.
 */
import { z } from 'zod';

const duration = z.object({ value: z.number(), unit: z.enum(['WORKING_DAY', 'CALENDAR_DAY', 'HOUR']) });

export const termsSchema = z.object({
  steps: z.array(z.string()),
  channels: z.array(
    z.object({
      channel: z.enum(['IN_PERSON', 'ONLINE', 'POSTAL']),
      processingTime: duration.nullable().default(null),
      fees: z.array(
        z.object({ description: z.string(), amountVnd: z.number(), legalText: z.string().nullable().default(null) }),
      ),
    }),
  ),
  onlineLevel: z.enum(['INFORMATION', 'PARTIAL', 'FULL']),
  processingTime: duration,
  documents: z.array(
    z.object({
      name: z.string(),
      originals: z.number(),
      copies: z.number(),
      formTemplate: z.string().nullable().default(null),
      fromNationalDatabase: z.boolean().default(false),
    }),
  ),
  conditions: z.string().nullable().default(null),
  result: z.object({ name: z.string(), validity: z.string().nullable().default(null) }),
  legalBases: z.array(z.object({ number: z.string(), issuedOn: z.string(), issuer: z.string(), title: z.string() })),
  internalProcess: z.array(
    z.object({
      name: z.string(),
      role: z.enum(['RECEPTION_OFFICER', 'SPECIALIST', 'APPROVER']),
      agencyId: z.uuid(),
      duration,
    }),
  ),
});

export const importedProcedureSchema = z.object({
  code: z.string().regex(/^\S+$/, 'a code has no spaces'),
  name: z.string().min(1),
  field: z.string().min(1),
  level: z.enum(['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE']),
  applicantTypes: z.array(z.enum(['CITIZEN', 'ORGANISATION'])).min(1),
  competentAgencyId: z.uuid(),
  terms: termsSchema,
});

export const catalogueFileSchema = z.object({
  format: z.literal('motcua-catalogue'),
  formatVersion: z.literal(1),
  procedures: z.array(importedProcedureSchema),
});

export type ImportedProcedure = z.infer<typeof importedProcedureSchema>;
