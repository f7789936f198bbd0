/**
 * Administrative units of Kiên Giang province as they stood before the 2025 reorganisation
 * (three levels: province, district, commune).
 *
 * Source: the General Statistics Office list of administrative unit codes (danh mục và mã số
 * các đơn vị hành chính Việt Nam, Decision 124/2004/QĐ-TTg and its updates), as mirrored in
 * public datasets. Province code 91; district codes 899–914 (901 is not in use); commune codes
 * have 5 digits. All 15 district-level units are listed; communes are listed in full for 6 of
 * them (Rạch Giá, Hà Tiên, Kiên Lương, Tân Hiệp, Phú Quốc, Kiên Hải), except Phú Quốc's
 * Xã Hòn Thơm, whose code could not be confirmed. Names use the modern tone placement
 * ("Tân Hòa" where the GSO list writes "Tân Hoà").
 */

export type SeedUnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export interface SeedUnit {
  code: string;
  name: string;
  level: SeedUnitLevel;
  parentCode: string | null;
}

/** GSO code of Kiên Giang province. */
export const KIEN_GIANG_PROVINCE_CODE = '91';

export const administrativeUnits: readonly SeedUnit[] = [
  { code: '91', name: 'Tỉnh Kiên Giang', level: 'PROVINCE', parentCode: null },

  // --- District level (cấp huyện): 3 cities, 12 rural districts
  { code: '899', name: 'Thành phố Rạch Giá', level: 'DISTRICT', parentCode: '91' },
  { code: '900', name: 'Thành phố Hà Tiên', level: 'DISTRICT', parentCode: '91' },
  { code: '902', name: 'Huyện Kiên Lương', level: 'DISTRICT', parentCode: '91' },
  { code: '903', name: 'Huyện Hòn Đất', level: 'DISTRICT', parentCode: '91' },
  { code: '904', name: 'Huyện Tân Hiệp', level: 'DISTRICT', parentCode: '91' },
  { code: '905', name: 'Huyện Châu Thành', level: 'DISTRICT', parentCode: '91' },
  { code: '906', name: 'Huyện Giồng Riềng', level: 'DISTRICT', parentCode: '91' },
  { code: '907', name: 'Huyện Gò Quao', level: 'DISTRICT', parentCode: '91' },
  { code: '908', name: 'Huyện An Biên', level: 'DISTRICT', parentCode: '91' },
  { code: '909', name: 'Huyện An Minh', level: 'DISTRICT', parentCode: '91' },
  { code: '910', name: 'Huyện Vĩnh Thuận', level: 'DISTRICT', parentCode: '91' },
  { code: '911', name: 'Thành phố Phú Quốc', level: 'DISTRICT', parentCode: '91' },
  { code: '912', name: 'Huyện Kiên Hải', level: 'DISTRICT', parentCode: '91' },
  { code: '913', name: 'Huyện U Minh Thượng', level: 'DISTRICT', parentCode: '91' },
  { code: '914', name: 'Huyện Giang Thành', level: 'DISTRICT', parentCode: '91' },

  // --- Thành phố Rạch Giá (899)
  { code: '30730', name: 'Phường Vĩnh Thanh Vân', level: 'COMMUNE', parentCode: '899' },
  { code: '30733', name: 'Phường Vĩnh Thanh', level: 'COMMUNE', parentCode: '899' },
  { code: '30736', name: 'Phường Vĩnh Quang', level: 'COMMUNE', parentCode: '899' },
  { code: '30739', name: 'Phường Vĩnh Hiệp', level: 'COMMUNE', parentCode: '899' },
  { code: '30742', name: 'Phường Vĩnh Bảo', level: 'COMMUNE', parentCode: '899' },
  { code: '30745', name: 'Phường Vĩnh Lạc', level: 'COMMUNE', parentCode: '899' },
  { code: '30748', name: 'Phường An Hòa', level: 'COMMUNE', parentCode: '899' },
  { code: '30751', name: 'Phường An Bình', level: 'COMMUNE', parentCode: '899' },
  { code: '30754', name: 'Phường Rạch Sỏi', level: 'COMMUNE', parentCode: '899' },
  { code: '30757', name: 'Phường Vĩnh Lợi', level: 'COMMUNE', parentCode: '899' },
  { code: '30760', name: 'Phường Vĩnh Thông', level: 'COMMUNE', parentCode: '899' },
  { code: '30763', name: 'Xã Phi Thông', level: 'COMMUNE', parentCode: '899' },

  // --- Thành phố Hà Tiên (900)
  { code: '30766', name: 'Phường Tô Châu', level: 'COMMUNE', parentCode: '900' },
  { code: '30769', name: 'Phường Đông Hồ', level: 'COMMUNE', parentCode: '900' },
  { code: '30772', name: 'Phường Bình San', level: 'COMMUNE', parentCode: '900' },
  { code: '30775', name: 'Phường Pháo Đài', level: 'COMMUNE', parentCode: '900' },
  { code: '30778', name: 'Xã Mỹ Đức', level: 'COMMUNE', parentCode: '900' },
  { code: '30781', name: 'Xã Tiên Hải', level: 'COMMUNE', parentCode: '900' },
  { code: '30784', name: 'Xã Thuận Yên', level: 'COMMUNE', parentCode: '900' },

  // --- Huyện Kiên Lương (902)
  { code: '30787', name: 'Thị trấn Kiên Lương', level: 'COMMUNE', parentCode: '902' },
  { code: '30790', name: 'Xã Kiên Bình', level: 'COMMUNE', parentCode: '902' },
  { code: '30802', name: 'Xã Hòa Điền', level: 'COMMUNE', parentCode: '902' },
  { code: '30805', name: 'Xã Dương Hòa', level: 'COMMUNE', parentCode: '902' },
  { code: '30808', name: 'Xã Bình An', level: 'COMMUNE', parentCode: '902' },
  { code: '30809', name: 'Xã Bình Trị', level: 'COMMUNE', parentCode: '902' },
  { code: '30811', name: 'Xã Sơn Hải', level: 'COMMUNE', parentCode: '902' },
  { code: '30814', name: 'Xã Hòn Nghệ', level: 'COMMUNE', parentCode: '902' },

  // --- Huyện Tân Hiệp (904)
  { code: '30850', name: 'Thị trấn Tân Hiệp', level: 'COMMUNE', parentCode: '904' },
  { code: '30853', name: 'Xã Tân Hội', level: 'COMMUNE', parentCode: '904' },
  { code: '30856', name: 'Xã Tân Thành', level: 'COMMUNE', parentCode: '904' },
  { code: '30859', name: 'Xã Tân Hiệp B', level: 'COMMUNE', parentCode: '904' },
  { code: '30860', name: 'Xã Tân Hòa', level: 'COMMUNE', parentCode: '904' },
  { code: '30862', name: 'Xã Thạnh Đông B', level: 'COMMUNE', parentCode: '904' },
  { code: '30865', name: 'Xã Thạnh Đông', level: 'COMMUNE', parentCode: '904' },
  { code: '30868', name: 'Xã Tân Hiệp A', level: 'COMMUNE', parentCode: '904' },
  { code: '30871', name: 'Xã Tân An', level: 'COMMUNE', parentCode: '904' },
  { code: '30874', name: 'Xã Thạnh Đông A', level: 'COMMUNE', parentCode: '904' },
  { code: '30877', name: 'Xã Thạnh Trị', level: 'COMMUNE', parentCode: '904' },

  // --- Thành phố Phú Quốc (911)
  { code: '31078', name: 'Phường Dương Đông', level: 'COMMUNE', parentCode: '911' },
  { code: '31081', name: 'Phường An Thới', level: 'COMMUNE', parentCode: '911' },
  { code: '31084', name: 'Xã Cửa Cạn', level: 'COMMUNE', parentCode: '911' },
  { code: '31087', name: 'Xã Gành Dầu', level: 'COMMUNE', parentCode: '911' },
  { code: '31090', name: 'Xã Cửa Dương', level: 'COMMUNE', parentCode: '911' },
  { code: '31093', name: 'Xã Hàm Ninh', level: 'COMMUNE', parentCode: '911' },
  { code: '31096', name: 'Xã Dương Tơ', level: 'COMMUNE', parentCode: '911' },
  { code: '31102', name: 'Xã Bãi Thơm', level: 'COMMUNE', parentCode: '911' },
  { code: '31105', name: 'Xã Thổ Châu', level: 'COMMUNE', parentCode: '911' },

  // --- Huyện Kiên Hải (912)
  { code: '31108', name: 'Xã Hòn Tre', level: 'COMMUNE', parentCode: '912' },
  { code: '31111', name: 'Xã Lại Sơn', level: 'COMMUNE', parentCode: '912' },
  { code: '31114', name: 'Xã An Sơn', level: 'COMMUNE', parentCode: '912' },
  { code: '31115', name: 'Xã Nam Du', level: 'COMMUNE', parentCode: '912' },
];
