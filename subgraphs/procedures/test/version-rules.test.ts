import { describe, expect, it } from 'vitest';
import { findVersionFaults } from '../src/domain/version-rules.js';
import type { VersionTerms } from '../src/domain/terms.js';
import { SO_TU_PHAP, validTerms } from './support/terms.js';

const step = (value: number, unit: VersionTerms['processingTime']['unit'] = 'WORKING_DAY') => ({
  name: 'Xử lý',
  role: 'SPECIALIST' as const,
  agencyId: SO_TU_PHAP,
  duration: { value, unit },
});

describe('what publishing a version demands', () => {
  it('accepts a complete version whose internal process adds up to the legal time', () => {
    expect(findVersionFaults(validTerms())).toEqual([]);
  });

  it.each<[string, Partial<VersionTerms>, string[]]>([
    ['no steps', { steps: [] }, ['steps']],
    ['a blank step', { steps: ['Nộp', '  '] }, ['steps[1]']],
    ['no channel', { channels: [], onlineLevel: 'INFORMATION' }, ['channels']],
    [
      'a negative fee',
      {
        channels: [
          { channel: 'ONLINE', processingTime: null, fees: [{ description: 'Phí', amountVnd: -1, legalText: null }] },
        ],
      },
      ['channels[0].fees[0].amountVnd'],
    ],
    [
      'an unnamed fee',
      {
        channels: [
          { channel: 'ONLINE', processingTime: null, fees: [{ description: '', amountVnd: 0, legalText: null }] },
        ],
      },
      ['channels[0].fees[0].description'],
    ],
    [
      'the same channel twice',
      {
        channels: [
          { channel: 'ONLINE', processingTime: null, fees: [] },
          { channel: 'ONLINE', processingTime: null, fees: [] },
        ],
      },
      ['channels[1].channel'],
    ],
    [
      'fully online without an online channel',
      { channels: [{ channel: 'IN_PERSON', processingTime: null, fees: [] }] },
      ['channels'],
    ],
    ['information only yet filed online', { onlineLevel: 'INFORMATION' }, ['onlineLevel']],
    [
      'an unnamed document and one with no copy at all',
      {
        documents: [
          { name: ' ', originals: 1, copies: 0, formTemplate: null, fromNationalDatabase: false },
          { name: 'Đơn', originals: 0, copies: 0, formTemplate: null, fromNationalDatabase: false },
        ],
      },
      ['documents[0].name', 'documents[1].originals'],
    ],
    ['no result', { result: { name: '', validity: null } }, ['result.name']],
    ['no legal basis', { legalBases: [] }, ['legalBases']],
    [
      'a legal basis with an impossible date',
      { legalBases: [{ number: '1/2020', issuedOn: '2020-02-30', issuer: 'Quốc hội', title: 'Luật' }] },
      ['legalBases[0].issuedOn'],
    ],
    ['steps adding up to less than the legal time', { internalProcess: [step(9.5)] }, ['internalProcess']],
    ['steps adding up to more', { internalProcess: [step(5), step(5.5)] }, ['internalProcess']],
    ['a step in another unit', { internalProcess: [step(9.5), step(4, 'HOUR')] }, ['internalProcess[1].duration']],
    [
      'a quarter day',
      { internalProcess: [step(9.75), step(0.25)] },
      ['internalProcess[0].duration', 'internalProcess[1].duration'],
    ],
    ['no internal process', { internalProcess: [] }, ['internalProcess']],
    [
      'a processing time of zero',
      { processingTime: { value: 0, unit: 'WORKING_DAY' }, internalProcess: [step(1)] },
      ['processingTime'],
    ],
  ])('refuses %s, naming each fault', (_case, overrides, fields) => {
    expect(findVersionFaults(validTerms(overrides)).map((fault) => fault.field)).toEqual(fields);
  });

  it('adds up hours and calendar days exactly too', () => {
    const hours = validTerms({
      processingTime: { value: 4, unit: 'HOUR' },
      internalProcess: [step(1, 'HOUR'), step(3, 'HOUR')],
    });
    expect(findVersionFaults(hours)).toEqual([]);
    const days = validTerms({
      processingTime: { value: 30, unit: 'CALENDAR_DAY' },
      internalProcess: [step(29.5, 'CALENDAR_DAY'), step(0.5, 'CALENDAR_DAY')],
    });
    expect(findVersionFaults(days).map((fault) => fault.field)).toEqual([
      'internalProcess[0].duration',
      'internalProcess[1].duration',
    ]);
  });

  it('lists every fault of a version at once, each with a bilingual message', () => {
    const faults = findVersionFaults(validTerms({ steps: [], legalBases: [], internalProcess: [step(1)] }));
    expect(faults.map((fault) => fault.field)).toEqual(['steps', 'legalBases', 'internalProcess']);
    for (const fault of faults) expect(fault.message).toMatch(/ \/ /);
  });
});
