import { describe, expect, it } from 'vitest';
import { formatDossierCode, receptionDay } from '../src/domain/dossier-code.js';
import { DOSSIER_STATUSES, nationalStatusCode } from '../src/domain/status.js';

describe('dossier code', () => {
  it('is <agency electronic ID>-YYMMDD-NNNN', () => {
    expect(formatDossierCode('000.00.12.H37', new Date('2026-03-05T02:00:00Z'), 7)).toBe('000.00.12.H37-260305-0007');
  });

  it('takes the date in Vietnam, not UTC: 23:30 UTC is already the next morning in Rạch Giá', () => {
    expect(receptionDay(new Date('2026-03-05T23:30:00Z'))).toBe('260306');
  });

  it('grows past four digits instead of wrapping', () => {
    expect(formatDossierCode('H37', new Date('2026-01-01T03:00:00Z'), 12345)).toBe('H37-260101-12345');
  });

  it('refuses a running number below 1', () => {
    expect(() => formatDossierCode('H37', new Date(), 0)).toThrow(RangeError);
  });
});

describe('national status codes', () => {
  it('map the ten national states to 1–10 and internal states to null', () => {
    const codes = DOSSIER_STATUSES.map(nationalStatusCode);
    expect(codes.filter((code) => code !== null).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(nationalStatusCode('DRAFT')).toBeNull();
    expect(nationalStatusCode('RETURNED')).toBe(10);
  });
});
