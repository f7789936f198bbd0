import { describe, expect, it } from 'vitest';
import { diffVersions } from '../src/domain/version-diff.js';
import { FEE_CUT, validTerms } from './support/terms.js';

describe('what changed between two versions', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffVersions(validTerms(), validTerms())).toEqual([]);
  });

  it('names a cut fee, a shorter time, a removed and an added document, and a changed copy count', () => {
    const before = validTerms();
    const after = validTerms({
      processingTime: { value: 7, unit: 'WORKING_DAY' },
      channels: FEE_CUT.channels,
      documents: [
        { ...before.documents[0]!, copies: 1 },
        { name: 'Giấy ủy quyền', originals: 1, copies: 0, formTemplate: null, fromNationalDatabase: false },
      ],
    });
    expect(diffVersions(before, after)).toEqual([
      FEE_CUT.change,
      {
        section: 'PROCESSING_TIME',
        kind: 'CHANGED',
        item: null,
        attribute: null,
        before: '10 WORKING_DAY',
        after: '7 WORKING_DAY',
      },
      {
        section: 'DOCUMENTS',
        kind: 'CHANGED',
        item: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
        attribute: 'copies',
        before: '0',
        after: '1',
      },
      {
        section: 'DOCUMENTS',
        kind: 'REMOVED',
        item: 'Căn cước công dân',
        attribute: null,
        before: 'originals: 0; copies: 1; formTemplate: —; fromNationalDatabase: true',
        after: null,
      },
      {
        section: 'DOCUMENTS',
        kind: 'ADDED',
        item: 'Giấy ủy quyền',
        attribute: null,
        before: null,
        after: 'originals: 1; copies: 0; formTemplate: —; fromNationalDatabase: false',
      },
    ]);
  });

  it('compares internal steps by position and the online level as a value', () => {
    const before = validTerms();
    const after = validTerms({
      onlineLevel: 'PARTIAL',
      internalProcess: before.internalProcess.map((step, i) =>
        i === 1 ? { ...step, role: 'APPROVER' as const } : step,
      ),
    });
    expect(diffVersions(before, after).map((change) => [change.section, change.item, change.attribute])).toEqual([
      ['ONLINE_LEVEL', null, null],
      ['INTERNAL_PROCESS', '2', 'role'],
    ]);
  });
});
