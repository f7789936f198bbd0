// The console's own strings ("app" namespace). Shared ones (language, loading, errors, levels)
// live in @motcua/ui. Vietnamese is the source; English mirrors its keys.

export const adminVi = {
  appTitle: 'Bảng điều khiển Motcua',
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

export const adminEn: typeof adminVi = {
  appTitle: 'Motcua console',
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
