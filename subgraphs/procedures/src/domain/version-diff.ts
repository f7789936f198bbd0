/**
 * "What changed" between two versions of a procedure, section by section, the way a citizen or an
 * editor reads it: documents matched by name, fees by channel and description, legal bases by
 * number, steps by position. Values are plain strings; the apps localise the section names.
 */
import { describeDuration } from './duration.js';
import type { Duration, VersionTerms } from './terms.js';

export type TermsSection =
  | 'STEPS'
  | 'CHANNELS'
  | 'FEES'
  | 'ONLINE_LEVEL'
  | 'PROCESSING_TIME'
  | 'DOCUMENTS'
  | 'CONDITIONS'
  | 'RESULT'
  | 'LEGAL_BASES'
  | 'INTERNAL_PROCESS';

export interface VersionChange {
  section: TermsSection;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  item: string | null;
  attribute: string | null;
  before: string | null;
  after: string | null;
}

type Attributes<T> = Record<string, (value: T) => string | null>;

const text = (value: string | null | undefined) => value ?? null;
const duration = (value: Duration | null | undefined) => (value ? describeDuration(value) : null);

export function diffVersions(before: VersionTerms, after: VersionTerms): VersionChange[] {
  const fees = (terms: VersionTerms) =>
    terms.channels.flatMap((channel) => channel.fees.map((fee) => ({ ...fee, channel: channel.channel })));
  return [
    ...diffItems('STEPS', indexed(before.steps), indexed(after.steps), { text: (step) => step.value }),
    ...diffItems(
      'CHANNELS',
      keyed(before.channels, (c) => c.channel),
      keyed(after.channels, (c) => c.channel),
      {
        processingTime: (channel) => duration(channel.processingTime),
      },
    ),
    ...diffItems('FEES', keyed(fees(before), feeKey), keyed(fees(after), feeKey), {
      amountVnd: (fee) => String(fee.amountVnd),
      legalText: (fee) => text(fee.legalText),
    }),
    ...diffValue('ONLINE_LEVEL', before.onlineLevel, after.onlineLevel),
    ...diffValue('PROCESSING_TIME', duration(before.processingTime), duration(after.processingTime)),
    ...diffItems(
      'DOCUMENTS',
      keyed(before.documents, (d) => d.name),
      keyed(after.documents, (d) => d.name),
      {
        originals: (document) => String(document.originals),
        copies: (document) => String(document.copies),
        formTemplate: (document) => text(document.formTemplate),
        fromNationalDatabase: (document) => String(document.fromNationalDatabase),
      },
    ),
    ...diffValue('CONDITIONS', text(before.conditions), text(after.conditions)),
    ...diffItems(
      'RESULT',
      keyed([before.result], () => 'result'),
      keyed([after.result], () => 'result'),
      {
        name: (result) => result.name,
        validity: (result) => text(result.validity),
      },
    ),
    ...diffItems(
      'LEGAL_BASES',
      keyed(before.legalBases, (b) => b.number),
      keyed(after.legalBases, (b) => b.number),
      {
        title: (basis) => basis.title,
        issuer: (basis) => basis.issuer,
        issuedOn: (basis) => basis.issuedOn,
      },
    ),
    ...diffItems('INTERNAL_PROCESS', indexed(before.internalProcess), indexed(after.internalProcess), {
      name: (step) => step.value.name,
      role: (step) => step.value.role,
      agencyId: (step) => step.value.agencyId,
      duration: (step) => describeDuration(step.value.duration),
    }),
  ];
}

const feeKey = (fee: { channel: string; description: string }) => `${fee.channel}: ${fee.description}`;

function keyed<T>(items: T[], keyOf: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [keyOf(item), item]));
}

/** Lists compared by position: the item is the 1-based step number. */
function indexed<T>(items: T[]): Map<string, { value: T }> {
  return new Map(items.map((value, i) => [String(i + 1), { value }]));
}

function diffValue(section: TermsSection, before: string | null, after: string | null): VersionChange[] {
  return before === after ? [] : [{ section, kind: 'CHANGED', item: null, attribute: null, before, after }];
}

function diffItems<T>(
  section: TermsSection,
  before: Map<string, T>,
  after: Map<string, T>,
  attributes: Attributes<T>,
): VersionChange[] {
  const summary = (item: T) =>
    Object.entries(attributes)
      .map(([name, read]) => `${name}: ${read(item) ?? '—'}`)
      .join('; ');
  const changes: VersionChange[] = [];
  for (const [item, old] of before) {
    const now = after.get(item);
    if (now === undefined) {
      changes.push({ section, kind: 'REMOVED', item, attribute: null, before: summary(old), after: null });
      continue;
    }
    for (const [attribute, read] of Object.entries(attributes)) {
      if (read(old) !== read(now)) {
        changes.push({ section, kind: 'CHANGED', item, attribute, before: read(old), after: read(now) });
      }
    }
  }
  for (const [item, now] of after) {
    if (!before.has(item))
      changes.push({ section, kind: 'ADDED', item, attribute: null, before: null, after: summary(now) });
  }
  return changes;
}
