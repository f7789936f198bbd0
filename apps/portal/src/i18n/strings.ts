// The portal's own strings ("app" namespace). Shared ones (language, loading, errors, levels,
// working days) live in @motcua/ui. Vietnamese is the source; English mirrors its keys, except
// plural keys, which follow each language's rules (Vietnamese has only "_other").

export const portalVi = {
  appTitle: 'Cổng dịch vụ công Motcua',
  nav: {
    label: 'Các trang của cổng',
    procedures: 'Thủ tục',
    places: 'Nơi tiếp nhận hồ sơ',
  },
  places: {
    heading: 'Nơi tiếp nhận hồ sơ',
    intro:
      'Trung tâm Phục vụ hành chính công tỉnh và các Bộ phận Một cửa: địa chỉ, giờ làm việc và các quầy tiếp nhận.',
    empty: 'Chưa có nơi tiếp nhận nào.',
    kind: {
      PROVINCIAL_CENTRE: 'Trung tâm Phục vụ hành chính công cấp tỉnh',
      DISTRICT_SECTION: 'Bộ phận Một cửa cấp huyện',
      COMMUNE_SECTION: 'Bộ phận Một cửa cấp xã',
    },
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    openingHours: 'Giờ làm việc',
    counters: 'Các quầy tiếp nhận ({{count}})',
    counterNumber: 'Quầy {{number}}',
  },
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
  nav: {
    label: 'Portal pages',
    procedures: 'Procedures',
    places: 'Where to apply',
  },
  places: {
    heading: 'Where to hand in applications',
    intro:
      "The province's Public Administration Service Centre and the one-stop sections: address, opening hours and counters.",
    empty: 'There are no one-stop places yet.',
    kind: {
      PROVINCIAL_CENTRE: 'Provincial Public Administration Service Centre',
      DISTRICT_SECTION: 'District one-stop sections',
      COMMUNE_SECTION: 'Commune one-stop sections',
    },
    address: 'Address',
    phone: 'Phone',
    openingHours: 'Opening hours',
    counters: 'Counters ({{count}})',
    counterNumber: 'Counter {{number}}',
  },
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
