// The console's own strings ("app" namespace). Shared ones (language, loading, errors, levels, 403)
// live in @motcua/ui. Vietnamese is the source; English mirrors its keys, except plural keys, which
// follow each language's rules (Vietnamese has only "_other").

export const adminVi = {
  appTitle: 'Bảng điều khiển Motcua',
  nav: {
    label: 'Điều hướng chính',
    units: 'Đơn vị hành chính',
    accounts: 'Tài khoản',
  },
  session: {
    restoring: 'Đang khôi phục phiên đăng nhập…',
    signedInAs: 'Đang đăng nhập:',
    signOut: 'Đăng xuất',
    expired: {
      title: 'Phiên đăng nhập đã hết hạn',
      description: 'Vui lòng đăng nhập lại để tiếp tục.',
    },
  },
  signIn: {
    heading: 'Đăng nhập',
    intro: 'Dành cho cán bộ, công chức, viên chức làm việc trên hệ thống một cửa.',
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
    notStaff: {
      title: 'Bảng điều khiển chỉ dành cho cán bộ',
      description:
        'Tài khoản công dân, doanh nghiệp không dùng được ở đây. Vui lòng nộp và tra cứu hồ sơ trên Cổng dịch vụ công.',
    },
    unavailable: {
      title: 'Chưa đăng nhập được',
      description: 'Máy chủ chưa trả lời được. Vui lòng kiểm tra kết nối mạng và thử lại sau giây lát.',
    },
  },
  accounts: {
    heading: 'Tài khoản',
    intro: 'Các tài khoản đăng nhập hệ thống và vai trò được cấp tại từng cơ quan.',
    tableLabel: 'Danh sách tài khoản',
    count_other: '{{count}} tài khoản',
    shown: 'Đang hiển thị {{shown}} / {{total}}',
    loadMore: 'Xem thêm',
    empty: 'Chưa có tài khoản nào.',
    column: {
      username: 'Tên đăng nhập',
      displayName: 'Họ và tên',
      kind: 'Loại',
      roles: 'Vai trò',
      status: 'Trạng thái',
      createdAt: 'Ngày tạo',
    },
    noRoles: 'Chưa có vai trò',
    active: 'Đang hoạt động',
    lockedUntil: 'Khóa đến {{time}}',
  },
  accountKind: {
    STAFF: 'Cán bộ',
    CITIZEN: 'Công dân',
  },
  role: {
    SYSTEM_ADMIN: 'Quản trị hệ thống',
    CENTRE_MANAGER: 'Quản lý trung tâm',
    RECEPTION_OFFICER: 'Tiếp nhận hồ sơ',
    SPECIALIST: 'Chuyên viên',
    APPROVER: 'Lãnh đạo phê duyệt',
    CATALOGUE_EDITOR: 'Biên tập danh mục',
    CITIZEN: 'Công dân',
  },
  units: {
    heading: 'Đơn vị hành chính',
    intro: 'Mở một đơn vị để xem các đơn vị trực thuộc; chọn một đơn vị để xem các cơ quan của đơn vị đó.',
    treeLabel: 'Cây đơn vị hành chính',
    empty: 'Chưa có đơn vị hành chính nào.',
    childrenLoadError: 'Không tải được đơn vị trực thuộc.',
    retry: 'Thử lại',
  },
  agencies: {
    heading: 'Cơ quan thuộc {{unit}}',
    pickUnit: 'Chọn một đơn vị trong cây để xem các cơ quan của đơn vị đó.',
    empty: 'Đơn vị này chưa có cơ quan nào.',
  },
  column: {
    name: 'Tên cơ quan',
    shortName: 'Tên viết tắt',
    kind: 'Loại cơ quan',
    electronicId: 'Mã định danh điện tử',
  },
  agencyKind: {
    DEPARTMENT: 'Sở, ban, ngành',
    PEOPLES_COMMITTEE: 'Ủy ban nhân dân',
    SERVICE_CENTRE: 'Trung tâm Phục vụ hành chính công',
    CENTRAL_OFFICE: 'Cơ quan ngành dọc',
  },
};

/** Same shape as the Vietnamese strings, except plural keys, which follow English rules. */
type AdminStringsEn = Omit<typeof adminVi, 'accounts'> & {
  accounts: Omit<(typeof adminVi)['accounts'], 'count_other'> & { count_one: string; count_other: string };
};

export const adminEn: AdminStringsEn = {
  appTitle: 'Motcua console',
  nav: {
    label: 'Main navigation',
    units: 'Administrative units',
    accounts: 'Accounts',
  },
  session: {
    restoring: 'Restoring your session…',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    expired: {
      title: 'Your session has expired',
      description: 'Please sign in again to continue.',
    },
  },
  signIn: {
    heading: 'Sign in',
    intro: 'For officials and civil servants working at the one-stop shop.',
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
    notStaff: {
      title: 'The console is for staff only',
      description:
        'Citizen and business accounts cannot be used here. Please file and track applications on the public service portal.',
    },
    unavailable: {
      title: 'Could not sign in',
      description: 'The server did not answer. Please check your connection and try again in a moment.',
    },
  },
  accounts: {
    heading: 'Accounts',
    intro: 'Sign-in accounts and the roles granted to them in each agency.',
    tableLabel: 'Account list',
    count_one: '{{count}} account',
    count_other: '{{count}} accounts',
    shown: 'Showing {{shown}} of {{total}}',
    loadMore: 'Load more',
    empty: 'There are no accounts yet.',
    column: {
      username: 'Username',
      displayName: 'Name',
      kind: 'Kind',
      roles: 'Roles',
      status: 'Status',
      createdAt: 'Created',
    },
    noRoles: 'No roles',
    active: 'Active',
    lockedUntil: 'Locked until {{time}}',
  },
  accountKind: {
    STAFF: 'Staff',
    CITIZEN: 'Citizen',
  },
  role: {
    SYSTEM_ADMIN: 'System administrator',
    CENTRE_MANAGER: 'Centre manager',
    RECEPTION_OFFICER: 'Reception officer',
    SPECIALIST: 'Specialist',
    APPROVER: 'Approver',
    CATALOGUE_EDITOR: 'Catalogue editor',
    CITIZEN: 'Citizen',
  },
  units: {
    heading: 'Administrative units',
    intro: 'Expand a unit to see the units below it; select a unit to see its agencies.',
    treeLabel: 'Administrative unit tree',
    empty: 'There are no administrative units yet.',
    childrenLoadError: 'Could not load the units below.',
    retry: 'Try again',
  },
  agencies: {
    heading: 'Agencies of {{unit}}',
    pickUnit: 'Select a unit in the tree to see its agencies.',
    empty: 'This unit has no agencies yet.',
  },
  column: {
    name: 'Agency',
    shortName: 'Short name',
    kind: 'Kind',
    electronicId: 'Electronic ID',
  },
  agencyKind: {
    DEPARTMENT: 'Provincial department',
    PEOPLES_COMMITTEE: "People's Committee",
    SERVICE_CENTRE: 'Public Administration Service Centre',
    CENTRAL_OFFICE: 'Central agency office',
  },
};
