import { describe, expect, it } from 'vitest';
import { vietnamToday } from '../src/domain/calendar-date.js';
import {
  earlyEndProblem,
  isEndingSoon,
  secondmentProblem,
  secondmentStatus,
  uncoveredFields,
  type ProposedSecondment,
} from '../src/domain/secondment-rules.js';

const valid: ProposedSecondment = {
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  fields: ['Hộ tịch'],
  official: { yearsOfService: 5 },
  counter: { fields: ['Hộ tịch', 'Chứng thực'] },
  otherSecondments: [],
};

describe('secondment rules', () => {
  it('accept a twelve-month round by an experienced official for a field the counter receives', () => {
    expect(secondmentProblem(valid)).toBeNull();
  });

  it.each([
    ['a start date that is not a date', { startsOn: '2026-02-30' }, 'startsOn'],
    ['an end before the start', { endsOn: '2025-12-31' }, 'endsOn'],
    ['a round shorter than six months', { endsOn: '2026-06-29' }, 'endsOn'],
    ['a round longer than 24 months', { endsOn: '2028-01-01' }, 'endsOn'],
    ['fewer than three years of service', { official: { yearsOfService: 2 } }, 'officialId'],
    ['no field', { fields: [] }, 'fields'],
    ['a field the counter does not receive', { fields: ['Đất đai'] }, 'fields'],
    [
      'an overlap with another secondment',
      { otherSecondments: [{ startsOn: '2026-12-31', endsOn: '2027-06-30' }] },
      'startsOn',
    ],
  ] as [string, Partial<ProposedSecondment>, string][])('reject %s, naming the field', (_label, change, field) => {
    expect(secondmentProblem({ ...valid, ...change })?.field).toBe(field);
  });

  it('take exactly six months as the shortest round: 1 Jan to 30 Jun', () => {
    expect(secondmentProblem({ ...valid, endsOn: '2026-06-30' })).toBeNull();
  });

  it('allow back-to-back rounds that do not share a day', () => {
    expect(
      secondmentProblem({ ...valid, otherSecondments: [{ startsOn: '2025-01-01', endsOn: '2025-12-31' }] }),
    ).toBeNull();
  });
});

describe('ending a secondment early', () => {
  const current = { startsOn: '2026-01-01', endsOn: '2026-12-31', endReason: null };
  it('needs a day within the period and a reason', () => {
    expect(earlyEndProblem(current, '2026-08-31', 'Điều động về đơn vị')).toBeNull();
    expect(earlyEndProblem(current, '2027-01-01', 'x')?.field).toBe('endsOn');
    expect(earlyEndProblem(current, '2026-08-31', '  ')?.field).toBe('reason');
    expect(earlyEndProblem({ ...current, endReason: 'done' }, '2026-08-31', 'x')?.field).toBe('secondmentId');
  });
});

describe('status and warnings', () => {
  const period = { startsOn: '2026-06-01', endsOn: '2026-12-15' };
  it('derive the status from today', () => {
    expect(secondmentStatus(period, '2026-05-31')).toBe('UPCOMING');
    expect(secondmentStatus(period, '2026-06-01')).toBe('ACTIVE');
    expect(secondmentStatus(period, '2026-12-16')).toBe('ENDED');
  });

  it('flag an active secondment ending within 30 days', () => {
    expect(isEndingSoon(period, '2026-11-15')).toBe(true);
    expect(isEndingSoon(period, '2026-11-14')).toBe(false);
  });

  it('list the counter fields nobody covers today', () => {
    const seconded = [
      { ...period, fields: ['Hộ tịch'] },
      { startsOn: '2027-01-01', endsOn: '2027-12-31', fields: ['Chứng thực'] },
    ];
    expect(uncoveredFields(['Hộ tịch', 'Chứng thực'], seconded, '2026-11-23')).toEqual(['Chứng thực']);
  });

  it('count today in Vietnam: 18:00 UTC is already tomorrow in Rạch Giá', () => {
    expect(vietnamToday(new Date('2026-11-23T18:00:00Z'))).toBe('2026-11-24');
  });
});
