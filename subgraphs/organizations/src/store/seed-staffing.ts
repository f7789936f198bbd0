/**
 * Kiên Giang's one-stop places: the provincial Centre with a counter per department and central
 * office (fields taken from the procedures each decides), three district sections and four commune
 * sections; officials from ten departments; and secondments dated from the day of seeding, so the
 * console's warnings (a secondment ending within 30 days, counters nobody covers) have something to say.
 * Each section it inserts is announced on the outbox in the same transaction.
 */
import { agencies as seedAgencies, procedures as seedProcedures, type SeedAgency } from '@motcua/seed-data';
import { appendEvents, stableId, type Db } from '@motcua/subgraph-kit';
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { vietnamToday } from '../domain/calendar-date.js';
import { sectionOpened } from '../events/section-opened.js';
import { agencyId, unitId } from './seed.js';
import { counters, officials, oneStopSections, outbox, secondments } from './tables.js';

const CENTRE = '000.00.01.H37';
const DISTRICT_PCS = ['000.00.20.H37', '000.00.21.H37', '000.00.22.H37'];
const COMMUNE_PCS = ['000.01.20.H37', '000.02.20.H37', '000.01.31.H37', '000.01.22.H37'];
const CENTRE_HOURS = 'Thứ Hai – Thứ Sáu: 7:00–11:00, 13:00–17:00; Thứ Bảy: 7:30–11:30';
const SECTION_HOURS = 'Thứ Hai – Thứ Sáu: 7:00–11:00, 13:30–17:00';

const sectionId = (electronicId: string) => stableId('one-stop-section', electronicId);
const counterId = (electronicId: string, number: number) => stableId('counter', `${electronicId}#${number}`);
const byElectronicId = new Map(seedAgencies.map((agency) => [agency.electronicId, agency]));
const agencyOf = (electronicId: string): SeedAgency => {
  const agency = byElectronicId.get(electronicId);
  if (!agency) throw new Error(`seed: unknown agency ${electronicId}`);
  return agency;
};
const distinct = (values: string[]) => [...new Set(values)];
const fieldsAtLevel = (level: string) =>
  distinct(seedProcedures.filter((procedure) => procedure.level === level).map((procedure) => procedure.field));

/** Officials: [full name, position, years of service], two or three from each of ten departments. */
const OFFICIALS: Record<string, [string, string, number][]> = {
  '000.00.03.H37': [
    ['Nguyễn Thị Thu Trang', 'Chuyên viên', 6],
    ['Lâm Văn Phước', 'Chuyên viên', 9],
  ],
  '000.00.04.H37': [
    ['Trần Quốc Việt', 'Chuyên viên chính', 12],
    ['Huỳnh Thị Ngọc Ánh', 'Chuyên viên', 4],
  ],
  '000.00.06.H37': [
    ['Phan Thanh Sơn', 'Chuyên viên', 7],
    ['Đoàn Thị Mỹ Linh', 'Chuyên viên', 2],
  ],
  '000.00.07.H37': [
    ['Lê Văn Tài', 'Chuyên viên', 10],
    ['Châu Thị Bé Ba', 'Chuyên viên', 5],
  ],
  '000.00.08.H37': [
    ['Võ Minh Trí', 'Chuyên viên', 8],
    ['Dương Thị Kim Ngân', 'Chuyên viên', 3],
  ],
  '000.00.09.H37': [
    ['Nguyễn Hoàng Nam', 'Chuyên viên chính', 15],
    ['Trịnh Thị Hồng Vân', 'Chuyên viên', 6],
  ],
  '000.00.10.H37': [
    ['Tạ Văn Lực', 'Chuyên viên', 11],
    ['Quách Thị Diễm My', 'Chuyên viên', 4],
    ['Kim Văn Sơn', 'Chuyên viên', 3],
  ],
  '000.00.12.H37': [
    ['Mai Thị Thanh Tâm', 'Chuyên viên', 9],
    ['Hứa Văn Lợi', 'Chuyên viên', 5],
  ],
  '000.00.15.H37': [
    ['Thái Thị Ngọc Hà', 'Chuyên viên', 7],
    ['Lương Văn Đức', 'Chuyên viên', 13],
  ],
  '000.00.16.H37': [
    ['Bùi Thị Phương Thảo', 'Chuyên viên', 6],
    ['Ngô Thanh Bình', 'Chuyên viên', 8],
  ],
};
const officialId = (electronicId: string, fullName: string) => stableId('official', `${electronicId}/${fullName}`);

export function buildStaffingSeed(today: string) {
  const centre = agencyOf(CENTRE);
  const departments = seedAgencies.filter((agency) => agency.kind === 'DEPARTMENT' || agency.kind === 'CENTRAL_OFFICE');
  const districtFields = fieldsAtLevel('DISTRICT');
  const communeFields = fieldsAtLevel('COMMUNE');

  const sectionRows = [
    { agency: centre, kind: 'PROVINCIAL_CENTRE' as const, name: centre.name, hours: CENTRE_HOURS },
    ...DISTRICT_PCS.map((id) => ({
      agency: agencyOf(id),
      kind: 'DISTRICT_SECTION' as const,
      name: `Bộ phận Một cửa ${agencyOf(id).shortName.replace('UBND ', '')}`,
      hours: SECTION_HOURS,
    })),
    ...COMMUNE_PCS.map((id) => ({
      agency: agencyOf(id),
      kind: 'COMMUNE_SECTION' as const,
      name: `Bộ phận Một cửa ${agencyOf(id).shortName.replace('UBND ', '')}`,
      hours: SECTION_HOURS,
    })),
  ].map((section, index) => ({
    id: sectionId(section.agency.electronicId),
    name: section.name,
    kind: section.kind,
    agencyId: agencyId(section.agency.electronicId),
    unitId: unitId(section.agency.unitCode),
    address: section.agency.address,
    phone: section.agency.phone,
    openingHours: section.hours,
    sortOrder: index,
  }));

  const centreCounters = departments
    .map((department) => ({
      department,
      fields: distinct(
        seedProcedures
          .filter((procedure) => procedure.competentAgencyElectronicId === department.electronicId)
          .map((procedure) => procedure.field),
      ),
    }))
    .filter(({ fields }) => fields.length > 0)
    .map(({ department, fields }, index) => ({
      id: counterId(CENTRE, index + 1),
      sectionId: sectionId(CENTRE),
      number: index + 1,
      name: `Quầy ${index + 1} – ${department.shortName}`,
      servedAgencyId: agencyId(department.electronicId),
      fields,
    }));
  const chunk = (fields: string[], parts: number) =>
    Array.from({ length: parts }, (_, part) => fields.filter((_, index) => index % parts === part)).filter(
      (group) => group.length > 0,
    );
  const sectionCounters = (electronicIds: string[], fields: string[], parts: number) =>
    electronicIds.flatMap((electronicId) =>
      chunk(fields, parts).map((group, index) => ({
        id: counterId(electronicId, index + 1),
        sectionId: sectionId(electronicId),
        number: index + 1,
        name: `Quầy ${index + 1} – ${group.join(', ')}`,
        servedAgencyId: null,
        fields: group,
      })),
    );
  const counterRows = [
    ...centreCounters,
    ...sectionCounters(DISTRICT_PCS, districtFields, 3),
    ...sectionCounters(COMMUNE_PCS, communeFields, 2),
  ];

  const officialRows = Object.entries(OFFICIALS).flatMap(([electronicId, people]) =>
    people.map(([fullName, position, yearsOfService]) => ({
      id: officialId(electronicId, fullName),
      fullName,
      position,
      homeAgencyId: agencyId(electronicId),
      yearsOfService,
      email: null,
      phone: null,
    })),
  );

  // Each department's first official sits at its counter for twelve months from four months ago;
  // the construction department's ends within three weeks, so the console has a warning to show.
  const iso = (date: Date) => format(date, 'yyyy-MM-dd');
  const todayDate = parseISO(today);
  const secondmentRows = centreCounters.flatMap((counter) => {
    const entry = Object.entries(OFFICIALS).find(([electronicId]) => agencyId(electronicId) === counter.servedAgencyId);
    if (!entry) return [];
    const [electronicId, people] = entry;
    const endingSoon = electronicId === '000.00.09.H37';
    const endsOn = endingSoon ? addDays(todayDate, 20) : addDays(addMonths(todayDate, 8), -1);
    const startsOn = endingSoon ? addDays(addMonths(endsOn, -6), 1) : addMonths(todayDate, -4);
    return [
      {
        id: stableId('secondment', `${counter.id}/${people[0]![0]}`),
        officialId: officialId(electronicId, people[0]![0]),
        counterId: counter.id,
        startsOn: iso(startsOn),
        endsOn: iso(endsOn),
        // The environment department's official covers only land: its other fields stay uncovered.
        fields: electronicId === '000.00.10.H37' ? counter.fields.slice(0, 1) : counter.fields,
      },
    ];
  });

  return { sectionRows, counterRows, officialRows, secondmentRows };
}

export async function seedStaffing(db: Db, now = new Date()): Promise<void> {
  const seed = buildStaffingSeed(vietnamToday(now));
  await db.transaction(async (tx) => {
    const opened = await tx.insert(oneStopSections).values(seed.sectionRows).onConflictDoNothing().returning();
    // Only the sections this run inserted: seeding again announces nothing twice.
    await appendEvents(tx, outbox, opened.map(sectionOpened));
    await tx.insert(counters).values(seed.counterRows).onConflictDoNothing();
    await tx.insert(officials).values(seed.officialRows).onConflictDoNothing();
    await tx.insert(secondments).values(seed.secondmentRows).onConflictDoNothing();
  });
}
