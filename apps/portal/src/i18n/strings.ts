// The portal's own strings ("app" namespace). Shared ones (language, loading, errors, levels,
// working days) live in @motcua/ui. Vietnamese is the source; English mirrors its keys, except
// plural keys, which follow each language's rules (Vietnamese has only "_other").

export const portalVi = {
  appTitle: 'Cổng dịch vụ công Motcua',
  appShortTitle: 'Motcua',
  nav: {
    label: 'Các trang của cổng',
    procedures: 'Thủ tục',
    places: 'Nơi tiếp nhận hồ sơ',
  },
  signIn: {
    heading: 'Đăng nhập',
    intro: 'Đăng nhập để nộp hồ sơ trực tuyến và theo dõi hồ sơ của bạn.',
    usernameHint: 'Tên đăng nhập bạn chọn khi đăng ký, ví dụ số CCCD hoặc số điện thoại.',
    noAccount: 'Chưa có tài khoản?',
    toSignUp: 'Đăng ký',
    notCitizen: {
      title: 'Cổng dịch vụ công dành cho công dân, doanh nghiệp',
      description:
        'Tài khoản cán bộ không dùng được trên Cổng. Vui lòng đăng nhập Bảng điều khiển của hệ thống một cửa để làm việc.',
    },
  },
  signUp: {
    heading: 'Đăng ký tài khoản',
    intro: 'Tài khoản công dân để nộp hồ sơ trực tuyến và theo dõi kết quả giải quyết.',
    displayName: 'Họ và tên',
    displayNameHint: 'Như trên Căn cước công dân.',
    username: 'Tên đăng nhập',
    usernameHint:
      'Nên dùng số định danh cá nhân (CCCD, 12 chữ số) hoặc số điện thoại. Chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.',
    password: 'Mật khẩu',
    passwordHint: 'Ít nhất {{min}} ký tự. Nên dùng một câu dễ nhớ với bạn nhưng khó đoán với người khác.',
    passwordConfirmation: 'Nhập lại mật khẩu',
    submit: 'Đăng ký',
    haveAccount: 'Đã có tài khoản?',
    toSignIn: 'Đăng nhập',
    failed: 'Chưa đăng ký được',
    unavailable: 'Máy chủ chưa trả lời được. Vui lòng kiểm tra kết nối mạng và thử lại sau giây lát.',
    errors: {
      nameLength: 'Vui lòng nhập họ và tên (từ 2 đến 120 ký tự).',
      usernameRequired: 'Vui lòng nhập tên đăng nhập.',
      usernameFormat: 'Tên đăng nhập gồm 3–40 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.',
      passwordShort: 'Mật khẩu cần ít nhất {{min}} ký tự.',
      passwordLong: 'Mật khẩu dài quá {{max}} ký tự.',
      confirmationRequired: 'Vui lòng nhập lại mật khẩu.',
      passwordMismatch: 'Hai mật khẩu chưa giống nhau.',
    },
  },
  account: {
    signIn: 'Đăng nhập',
    heading: 'Tài khoản của tôi',
    intro: 'Thông tin tài khoản bạn dùng để nộp và theo dõi hồ sơ trực tuyến.',
    tableLabel: 'Thông tin tài khoản',
    displayName: 'Họ và tên',
    username: 'Tên đăng nhập',
    kind: 'Loại tài khoản',
    kinds: {
      CITIZEN: 'Công dân, doanh nghiệp',
      STAFF: 'Cán bộ',
    },
    createdAt: 'Ngày đăng ký',
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
  appShortTitle: 'Motcua',
  nav: {
    label: 'Portal pages',
    procedures: 'Procedures',
    places: 'Where to apply',
  },
  signIn: {
    heading: 'Sign in',
    intro: 'Sign in to file applications online and follow your applications.',
    usernameHint: 'The username you chose when signing up, such as your ID card or phone number.',
    noAccount: 'No account yet?',
    toSignUp: 'Sign up',
    notCitizen: {
      title: 'The portal is for citizens and businesses',
      description:
        "Staff accounts cannot be used on the portal. Please sign in to the one-stop shop's console to work.",
    },
  },
  signUp: {
    heading: 'Create an account',
    intro: "A citizen's account to file applications online and follow their outcome.",
    displayName: 'Full name',
    displayNameHint: 'As on your citizen identity card.',
    username: 'Username',
    usernameHint:
      'Your personal identification number (CCCD, 12 digits) or phone number works well. Only letters without diacritics, digits, dots, dashes and underscores.',
    password: 'Password',
    passwordHint:
      'At least {{min}} characters. A phrase that is easy for you to remember and hard for others to guess.',
    passwordConfirmation: 'Repeat the password',
    submit: 'Sign up',
    haveAccount: 'Already have an account?',
    toSignIn: 'Sign in',
    failed: 'Could not sign up',
    unavailable: 'The server did not answer. Please check your connection and try again in a moment.',
    errors: {
      nameLength: 'Please enter your full name (2 to 120 characters).',
      usernameRequired: 'Please enter a username.',
      usernameFormat: 'A username is 3–40 letters without diacritics, digits, dots, dashes or underscores.',
      passwordShort: 'The password needs at least {{min}} characters.',
      passwordLong: 'The password is longer than {{max}} characters.',
      confirmationRequired: 'Please repeat the password.',
      passwordMismatch: 'The two passwords are not the same.',
    },
  },
  account: {
    signIn: 'Sign in',
    heading: 'My account',
    intro: 'The account you use to file and follow applications online.',
    tableLabel: 'Account details',
    displayName: 'Full name',
    username: 'Username',
    kind: 'Account type',
    kinds: {
      CITIZEN: 'Citizen or business',
      STAFF: 'Staff',
    },
    createdAt: 'Signed up on',
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
