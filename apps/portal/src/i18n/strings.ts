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
  filters: {
    label: 'Lọc thủ tục',
    field: 'Lĩnh vực',
    level: 'Cấp thực hiện',
    onlineLevel: 'Mức độ trực tuyến',
    any: 'Tất cả',
    clear: 'Bỏ lọc',
  },
  fields: {
    heading: 'Duyệt theo lĩnh vực',
    all: 'Tất cả lĩnh vực',
    count_other: '{{count}} thủ tục',
  },
  // Mức độ dịch vụ công trực tuyến (Decree 42/2022).
  onlineLevel: {
    INFORMATION: 'Chỉ cung cấp thông tin',
    PARTIAL: 'Trực tuyến một phần',
    FULL: 'Trực tuyến toàn trình',
  },
  // Cách thức thực hiện (KENH 1 / 2 / 3 of the national database).
  channel: {
    IN_PERSON: 'Nộp trực tiếp',
    ONLINE: 'Nộp trực tuyến',
    POSTAL: 'Nộp qua dịch vụ bưu chính',
  },
  applicantType: {
    CITIZEN: 'Công dân',
    ORGANISATION: 'Tổ chức, doanh nghiệp',
  },
  procedure: {
    back: 'Quay lại tra cứu thủ tục',
    summary: 'Thông tin chung',
    code: 'Mã thủ tục',
    field: 'Lĩnh vực',
    level: 'Cấp thực hiện',
    competentAgency: 'Cơ quan có thẩm quyền',
    applicantTypes: 'Đối tượng thực hiện',
    onlineLevel: 'Mức độ dịch vụ công trực tuyến',
    processingTime: 'Thời hạn giải quyết',
    actions: 'Thao tác',
    print: 'In thông tin thủ tục',
    fileOnline: 'Nộp hồ sơ trực tuyến',
    steps: 'Trình tự thực hiện',
    documents: {
      heading: 'Thành phần hồ sơ',
      tableLabel: 'Các giấy tờ phải nộp',
      name: 'Tên giấy tờ',
      originals: 'Bản chính',
      copies: 'Bản sao',
      template: 'Mẫu đơn, tờ khai',
      fromNationalDatabase: 'Không phải nộp: cơ quan tự khai thác từ cơ sở dữ liệu quốc gia',
      none: 'Không phải nộp giấy tờ.',
    },
    channels: {
      heading: 'Cách thức nộp, thời hạn giải quyết và phí, lệ phí',
      processingTime: 'Thời hạn giải quyết',
      fees: 'Phí, lệ phí',
      free: 'Miễn phí',
      legalText: 'Căn cứ: {{text}}',
    },
    where: {
      heading: 'Nơi tiếp nhận hồ sơ',
      fullyOnSite: 'Giải quyết ngay tại Bộ phận Một cửa',
      none: 'Chưa có nơi tiếp nhận nào được công bố cho thủ tục này.',
      allPlaces: 'Xem tất cả nơi tiếp nhận hồ sơ',
    },
    conditions: {
      heading: 'Yêu cầu, điều kiện thực hiện',
      none: 'Không có.',
    },
    result: {
      heading: 'Kết quả thực hiện',
      validity: 'Thời hạn hiệu lực',
      noValidity: 'Không quy định',
    },
    legalBases: {
      heading: 'Căn cứ pháp lý',
      tableLabel: 'Các văn bản quy phạm pháp luật',
      number: 'Số, ký hiệu',
      title: 'Trích yếu',
      issuedOn: 'Ngày ban hành',
      issuer: 'Cơ quan ban hành',
    },
    publication: {
      heading: 'Quyết định công bố',
      number: 'Số quyết định',
      signedOn: 'Ngày ký',
      signer: 'Người ký',
      effectiveFrom: 'Áp dụng từ ngày',
    },
    notFound: {
      title: 'Không tìm thấy thủ tục',
      description: 'Danh mục thủ tục đã công bố không có thủ tục mang mã {{code}}. Có thể mã đã cũ hoặc gõ nhầm.',
      back: 'Tra cứu thủ tục khác',
    },
  },
  onlineFiling: {
    heading: 'Nộp hồ sơ trực tuyến',
    notYet:
      'Chức năng nộp hồ sơ trực tuyến trên cổng này chưa hoạt động: chức năng sẽ có cùng phân hệ quản lý hồ sơ. Hiện tại, vui lòng nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính tại nơi tiếp nhận.',
    procedure: 'Thủ tục: {{name}} ({{code}})',
    notOffered:
      'Thủ tục này chỉ được cung cấp thông tin trực tuyến: hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính tại nơi tiếp nhận.',
    back: 'Xem thông tin thủ tục',
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
type PortalStringsEn = Omit<PortalStrings, 'results' | 'fields'> & {
  results: Omit<PortalStrings['results'], 'found_other'> & { found_one: string; found_other: string };
  fields: Omit<PortalStrings['fields'], 'count_other'> & { count_one: string; count_other: string };
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
  filters: {
    label: 'Filter procedures',
    field: 'Field',
    level: 'Level',
    onlineLevel: 'Online service',
    any: 'Any',
    clear: 'Clear filters',
  },
  fields: {
    heading: 'Browse by field',
    all: 'All fields',
    count_one: '{{count}} procedure',
    count_other: '{{count}} procedures',
  },
  onlineLevel: {
    INFORMATION: 'Information only',
    PARTIAL: 'Partly online',
    FULL: 'Fully online',
  },
  channel: {
    IN_PERSON: 'In person',
    ONLINE: 'Online',
    POSTAL: 'By post',
  },
  applicantType: {
    CITIZEN: 'Individuals',
    ORGANISATION: 'Organisations and businesses',
  },
  procedure: {
    back: 'Back to the procedure search',
    summary: 'Overview',
    code: 'Procedure code',
    field: 'Field',
    level: 'Level',
    competentAgency: 'Competent agency',
    applicantTypes: 'Who can apply',
    onlineLevel: 'Online public service',
    processingTime: 'Processing time',
    actions: 'Actions',
    print: 'Print this procedure',
    fileOnline: 'Apply online',
    steps: 'Steps',
    documents: {
      heading: 'Required documents',
      tableLabel: 'Documents to hand in',
      name: 'Document',
      originals: 'Originals',
      copies: 'Copies',
      template: 'Form template',
      fromNationalDatabase: 'Not needed: the office takes it from a national database',
      none: 'No documents are required.',
    },
    channels: {
      heading: 'Ways to apply, processing time and fees',
      processingTime: 'Processing time',
      fees: 'Fees and charges',
      free: 'Free of charge',
      legalText: 'Set by: {{text}}',
    },
    where: {
      heading: 'Where to apply',
      fullyOnSite: 'Decided on the spot at the one-stop section',
      none: 'No place has been published for this procedure yet.',
      allPlaces: 'See every place that receives applications',
    },
    conditions: {
      heading: 'Requirements and conditions',
      none: 'None.',
    },
    result: {
      heading: 'Result',
      validity: 'Validity',
      noValidity: 'Not limited',
    },
    legalBases: {
      heading: 'Legal basis',
      tableLabel: 'Legal documents',
      number: 'Number',
      title: 'Title',
      issuedOn: 'Issued on',
      issuer: 'Issued by',
    },
    publication: {
      heading: 'Publication decision',
      number: 'Decision number',
      signedOn: 'Signed on',
      signer: 'Signed by',
      effectiveFrom: 'In force from',
    },
    notFound: {
      title: 'Procedure not found',
      description: 'The published catalogue has no procedure with the code {{code}}. The code may be old or mistyped.',
      back: 'Find another procedure',
    },
  },
  onlineFiling: {
    heading: 'Apply online',
    notYet:
      'Online applications are not open on this portal yet: they come with the dossier module. For now, please apply in person or by post at the places that receive this procedure.',
    procedure: 'Procedure: {{name}} ({{code}})',
    notOffered:
      'This procedure is offered online as information only: apply in person or by post at the places that receive it.',
    back: 'See the procedure',
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
