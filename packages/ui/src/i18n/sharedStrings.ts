// Strings both apps show (the frame, load states, signing in), in the "common" namespace. Each app
// adds its own strings in the "app" namespace and falls back to these. Vietnamese is the source;
// English mirrors its keys.

export const commonVi = {
  language: {
    label: 'Ngôn ngữ',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  skipToContent: 'Bỏ qua, đến nội dung chính',
  menu: 'Menu điều hướng',
  notFound: {
    title: 'Không tìm thấy trang',
    description: 'Địa chỉ này không có trang nào. Có thể đường dẫn đã cũ hoặc gõ nhầm.',
    home: 'Về trang chủ',
  },
  forbidden: {
    title: 'Không có quyền truy cập',
    description: 'Tài khoản của bạn không được cấp quyền xem trang này. Nếu cần, hãy liên hệ quản trị hệ thống.',
    home: 'Về trang chủ',
  },
  loading: 'Đang tải…',
  loadError: {
    title: 'Không tải được dữ liệu',
    description: 'Vui lòng kiểm tra kết nối mạng và thử lại.',
    retry: 'Thử lại',
  },
  // Level of an administrative unit, or the government tier that handles a procedure.
  adminLevel: {
    CENTRAL: 'Trung ương',
    PROVINCE: 'Cấp tỉnh',
    DISTRICT: 'Cấp huyện',
    COMMUNE: 'Cấp xã',
  },
  // Vietnamese has no plural forms, so only the "_other" form exists.
  workingDays_other: '{{count}} ngày làm việc',
  calendarDays_other: '{{count}} ngày',
  hours_other: '{{count}} giờ làm việc',
  session: {
    restoring: 'Đang khôi phục phiên đăng nhập…',
    signedInAs: 'Đang đăng nhập:',
    signOut: 'Đăng xuất',
    expired: {
      title: 'Phiên đăng nhập đã hết hạn',
      description: 'Vui lòng đăng nhập lại để tiếp tục.',
    },
  },
  signInForm: {
    heading: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    togglePassword: 'Hiện hoặc ẩn mật khẩu',
    submit: 'Đăng nhập',
    errors: {
      usernameRequired: 'Vui lòng nhập tên đăng nhập.',
      passwordRequired: 'Vui lòng nhập mật khẩu.',
      wrongCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    },
    locked: {
      title: 'Tài khoản đang tạm khóa',
      until: 'Đăng nhập sai quá nhiều lần. Có thể đăng nhập lại sau {{time}}.',
    },
    unavailable: {
      title: 'Chưa đăng nhập được',
      description: 'Máy chủ chưa trả lời được. Vui lòng kiểm tra kết nối mạng và thử lại sau giây lát.',
    },
  },
};

export type CommonStrings = typeof commonVi;

/** Same shape as the Vietnamese strings, except plural keys, which follow English rules. */
type CommonStringsEn = Omit<CommonStrings, 'workingDays_other' | 'calendarDays_other' | 'hours_other'> & {
  workingDays_one: string;
  workingDays_other: string;
  calendarDays_one: string;
  calendarDays_other: string;
  hours_one: string;
  hours_other: string;
};

export const commonEn: CommonStringsEn = {
  language: {
    label: 'Language',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  skipToContent: 'Skip to main content',
  menu: 'Navigation menu',
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address. The link may be old or mistyped.',
    home: 'Go to the home page',
  },
  forbidden: {
    title: 'Access denied',
    description: 'Your account has not been granted access to this page. Ask your system administrator if you need it.',
    home: 'Go to the home page',
  },
  loading: 'Loading…',
  loadError: {
    title: 'Could not load the data',
    description: 'Please check your connection and try again.',
    retry: 'Try again',
  },
  adminLevel: {
    CENTRAL: 'Central',
    PROVINCE: 'Provincial',
    DISTRICT: 'District',
    COMMUNE: 'Commune',
  },
  workingDays_one: '{{count}} working day',
  workingDays_other: '{{count}} working days',
  calendarDays_one: '{{count}} calendar day',
  calendarDays_other: '{{count}} calendar days',
  hours_one: '{{count}} working hour',
  hours_other: '{{count}} working hours',
  session: {
    restoring: 'Restoring your session…',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    expired: {
      title: 'Your session has expired',
      description: 'Please sign in again to continue.',
    },
  },
  signInForm: {
    heading: 'Sign in',
    username: 'Username',
    password: 'Password',
    togglePassword: 'Show or hide the password',
    submit: 'Sign in',
    errors: {
      usernameRequired: 'Please enter your username.',
      passwordRequired: 'Please enter your password.',
      wrongCredentials: 'The username or password is incorrect.',
    },
    locked: {
      title: 'This account is temporarily locked',
      until: 'Too many failed sign-ins. You can sign in again after {{time}}.',
    },
    unavailable: {
      title: 'Could not sign in',
      description: 'The server did not answer. Please check your connection and try again in a moment.',
    },
  },
};
