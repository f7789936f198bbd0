// The portal's own strings ("app" namespace). Shared ones (language, loading, errors, levels,
// working days) live in @motcua/ui. Vietnamese is the source; English mirrors its keys, except
// plural keys, which follow each language's rules (Vietnamese has only "_other").

export const portalVi = {
  appTitle: 'Cổng dịch vụ công Motcua',
  search: {
    heading: 'Tra cứu thủ tục hành chính',
    intro: 'Tìm theo tên hoặc mã thủ tục. Có thể gõ không dấu.',
    label: 'Tên hoặc mã thủ tục',
    placeholder: 'Ví dụ: giấy phép xây dựng',
    clear: 'Xóa nội dung tìm kiếm',
  },
  results: {
    tableLabel: 'Danh sách thủ tục hành chính',
    found_other: 'Tìm thấy {{count}} thủ tục',
    shown: 'Đang hiển thị {{shown}} / {{total}}',
    loadMore: 'Xem thêm',
    emptyTitle: 'Không tìm thấy thủ tục phù hợp',
    emptyDescription: 'Hãy thử từ khóa ngắn hơn, từ khóa khác, hoặc mã thủ tục (ví dụ 1.001193).',
  },
  column: {
    code: 'Mã thủ tục',
    name: 'Tên thủ tục',
    field: 'Lĩnh vực',
    level: 'Cấp thực hiện',
    processingTime: 'Thời hạn giải quyết',
  },
};

type PortalStrings = typeof portalVi;
type PortalStringsEn = Omit<PortalStrings, 'results'> & {
  results: Omit<PortalStrings['results'], 'found_other'> & { found_one: string; found_other: string };
};

export const portalEn: PortalStringsEn = {
  appTitle: 'Motcua public services',
  search: {
    heading: 'Find an administrative procedure',
    intro: 'Search by procedure name or code. Vietnamese words can be typed without diacritics.',
    label: 'Procedure name or code',
    placeholder: 'e.g. giay phep xay dung',
    clear: 'Clear the search',
  },
  results: {
    tableLabel: 'Administrative procedures',
    found_one: 'Found {{count}} procedure',
    found_other: 'Found {{count}} procedures',
    shown: 'Showing {{shown}} of {{total}}',
    loadMore: 'Load more',
    emptyTitle: 'No matching procedures',
    emptyDescription: 'Try a shorter or different phrase, or a procedure code (e.g. 1.001193).',
  },
  column: {
    code: 'Code',
    name: 'Procedure',
    field: 'Field',
    level: 'Level',
    processingTime: 'Processing time',
  },
};
