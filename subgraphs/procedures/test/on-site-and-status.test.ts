import { describe, expect, it } from 'vitest';
import { onSiteReport } from '../src/domain/on-site-targets.js';
import { versionStatus } from '../src/domain/version-status.js';

describe('the fully-on-site share against the targets of Circular 01/2018', () => {
  it.each([
    ['PROVINCIAL_CENTRE', 5, 1, true],
    ['PROVINCIAL_CENTRE', 50, 9, false],
    ['PROVINCIAL_CENTRE', 45, 9, true],
    ['DISTRICT_SECTION', 30, 15, true],
    ['DISTRICT_SECTION', 31, 15, false],
    ['COMMUNE_SECTION', 12, 11, false],
    ['COMMUNE_SECTION', 12, 12, true],
  ] as const)('%s with %i procedures, %i fully on site: meets target %s', (kind, count, onSite, meets) => {
    expect(onSiteReport(kind, count, onSite).meetsTarget).toBe(meets);
  });

  it('reports a share of 0 for a place that receives nothing', () => {
    expect(onSiteReport('DISTRICT_SECTION', 0, 0)).toEqual({
      procedureCount: 0,
      fullyOnSiteCount: 0,
      share: 0,
      target: 0.5,
      meetsTarget: true,
    });
  });
});

describe('where a version stands on a day', () => {
  const published = new Date('2026-01-01T00:00:00Z');
  it.each([
    [{ publishedAt: null, effectiveFrom: null, effectiveTo: null }, 'DRAFT'],
    [{ publishedAt: published, effectiveFrom: '2026-12-01', effectiveTo: null }, 'SCHEDULED'],
    [{ publishedAt: published, effectiveFrom: '2026-11-23', effectiveTo: null }, 'IN_FORCE'],
    [{ publishedAt: published, effectiveFrom: '2026-01-01', effectiveTo: '2026-11-24' }, 'IN_FORCE'],
    [{ publishedAt: published, effectiveFrom: '2026-01-01', effectiveTo: '2026-11-23' }, 'SUPERSEDED'],
  ] as const)('%o is %s on 2026-11-23', (dates, status) => {
    expect(versionStatus(dates, '2026-11-23')).toBe(status);
  });
});
