import { describe, expect, it } from 'vitest';
import { classifyTimeliness } from '../src/index.js';
import { vn } from './support.js';

describe('timeliness of a result against its due', () => {
  it.each([
    ['finished exactly at the due moment is on time', '2026-03-05 17:30', '2026-03-05 17:30', 'ON_TIME'],
    ['one minute after the due is late', '2026-03-05 17:31', '2026-03-05 17:30', 'LATE'],
    ['one second after the due is late', '2026-03-05 17:30:01', '2026-03-05 17:30', 'LATE'],
    ['earlier on the due date is on time, not early', '2026-03-05 07:45', '2026-03-05 17:30', 'ON_TIME'],
    ['the day before the due date is early', '2026-03-04 17:30', '2026-03-05 17:30', 'EARLY'],
    ['a half-day due at 11:30: finishing at 11:31 is late', '2026-03-05 11:31', '2026-03-05 11:30', 'LATE'],
    [
      'the day is the local one: 06:59 on the due date is on time though UTC says the day before',
      '2026-03-05 06:59',
      '2026-03-05 17:30',
      'ON_TIME',
    ],
    ['the evening of the due date, after the due moment, is late', '2026-03-05 20:00', '2026-03-05 17:30', 'LATE'],
  ])('%s', (_name, finished, due, expected) => {
    expect(classifyTimeliness(vn(finished), vn(due))).toBe(expected);
  });
});
