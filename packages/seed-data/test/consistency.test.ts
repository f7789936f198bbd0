import { describe, it, expect } from 'vitest';
import { OVERRIDES } from '../src/content/overrides.js';
import {
  administrativeUnits,
  agencies,
  assertSeedConsistency,
  catalogueEntries,
  COMMUNE_SECTION_AGENCIES,
  DISTRICT_SECTION_AGENCIES,
  findContentProblems,
  findSeedProblems,
  laterVersions,
  procedures,
  procedureTerms,
  PROVINCE_PUBLICATION_DECISION,
  PROVINCIAL_CENTRE_ELECTRONIC_ID,
  receivingAgencyOf,
  type ProcedureTerms,
  type SeedProcedure,
  type SeedUnitLevel,
} from '../src/index.js';

const byLevel = (level: SeedUnitLevel) => administrativeUnits.filter((u) => u.level === level);
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

describe('seed data consistency', () => {
  it('has no unknown references, duplicates or level mismatches', () => {
    expect(findSeedProblems()).toEqual([]);
    expect(() => assertSeedConsistency()).not.toThrow();
  });

  it('reports broken references and duplicates', () => {
    const [unit] = administrativeUnits;
    const [agency] = agencies;
    const [procedure] = procedures;
    if (!unit || !agency || !procedure) throw new Error('empty seed data');
    const problems = findSeedProblems({
      units: [unit, unit, { code: '99999', name: 'Xã Ma', level: 'COMMUNE', parentCode: '000' }],
      agencies: [{ ...agency, unitCode: 'nope' }],
      procedures: [procedure, { ...procedure, competentAgencyElectronicId: 'missing' }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        `duplicate unit code ${unit.code}`,
        'unit 99999 has unknown parentCode 000',
        `agency ${agency.electronicId} has unknown unitCode nope`,
        `duplicate procedure code ${procedure.code}`,
        `procedure ${procedure.code} has unknown competentAgencyElectronicId missing`,
      ]),
    );
  });
});

describe('administrative units', () => {
  it('has Kiên Giang, its 15 district-level units and at least 40 communes', () => {
    expect(byLevel('PROVINCE')).toEqual([{ code: '91', name: 'Tỉnh Kiên Giang', level: 'PROVINCE', parentCode: null }]);
    const districts = byLevel('DISTRICT');
    expect(districts.map((d) => d.code).sort()).toEqual([
      '899',
      '900',
      '902',
      '903',
      '904',
      '905',
      '906',
      '907',
      '908',
      '909',
      '910',
      '911',
      '912',
      '913',
      '914',
    ]);
    const communes = byLevel('COMMUNE');
    expect(communes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(communes.map((c) => c.parentCode)).size).toBeGreaterThanOrEqual(5);
  });

  it('uses official code shapes and prefixed Vietnamese names', () => {
    for (const d of byLevel('DISTRICT')) {
      expect(d.code).toMatch(/^\d{3}$/);
      expect(d.name).toMatch(/^(Thành phố|Huyện) /);
    }
    for (const c of byLevel('COMMUNE')) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(c.name).toMatch(/^(Phường|Xã|Thị trấn) /);
    }
    const names = administrativeUnits.map((u) => u.name);
    expect(names).toContain('Phường Vĩnh Thanh Vân');
    expect(names).toContain('Phường Dương Đông');
  });
});

describe('agencies', () => {
  it('has a People’s Committee for the province and for every district and commune', () => {
    const pcUnits = new Set(agencies.filter((a) => a.kind === 'PEOPLES_COMMITTEE').map((a) => a.unitCode));
    for (const unit of administrativeUnits) expect(pcUnits.has(unit.code)).toBe(true);
  });

  it('has the service centre, the provincial departments and central offices', () => {
    expect(agencies.filter((a) => a.kind === 'SERVICE_CENTRE')).toHaveLength(1);
    expect(agencies.filter((a) => a.kind === 'DEPARTMENT').length).toBeGreaterThanOrEqual(16);
    expect(agencies.filter((a) => a.kind === 'CENTRAL_OFFICE').length).toBeGreaterThanOrEqual(3);
    const names = agencies.map((a) => a.name);
    for (const name of [
      'Sở Tư pháp tỉnh Kiên Giang',
      'Sở Kế hoạch và Đầu tư tỉnh Kiên Giang',
      'Sở Lao động - Thương binh và Xã hội tỉnh Kiên Giang',
      'Ủy ban nhân dân thành phố Rạch Giá',
      'Ủy ban nhân dân phường Vĩnh Thanh Vân',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('uses Kiên Giang electronic IDs and 0297 phone numbers', () => {
    for (const a of agencies) {
      expect(a.electronicId).toMatch(/^\d{3}\.\d{2}\.\d{2}\.H37$/);
      expect(a.phone).toMatch(/^0297 \d{4} \d{3}$/);
      expect(a.address).toContain('Kiên Giang');
    }
  });
});

describe('procedures', () => {
  it('has at least 60 procedures: 20 provincial, 15 district and 15 commune', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(60);
    const count = (level: SeedUnitLevel) => procedures.filter((p) => p.level === level).length;
    expect(count('PROVINCE')).toBeGreaterThanOrEqual(20);
    expect(count('DISTRICT')).toBeGreaterThanOrEqual(15);
    expect(count('COMMUNE')).toBeGreaterThanOrEqual(15);
  });

  it('uses national procedure codes and positive processing times', () => {
    for (const p of procedures) {
      expect(p.code).toMatch(/^[12]\.\d{6}$/);
      expect(p.processingDays).toBeGreaterThan(0);
      expect(p.field.length).toBeGreaterThan(0);
    }
    expect(procedures.find((p) => p.code === '1.001193')).toMatchObject({
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      level: 'COMMUNE',
      processingDays: 1,
    });
  });

  it('supports searching for "giấy phép" with or without diacritics', () => {
    const withDiacritics = procedures.filter((p) => p.name.toLowerCase().includes('giấy phép'));
    expect(withDiacritics.length).toBeGreaterThanOrEqual(5);
    const folded = procedures.filter((p) => fold(p.name).includes('giay phep'));
    expect(folded.length).toBe(withDiacritics.length);
    expect(procedures.some((p) => fold(p.name).includes('chung thuc chu ky'))).toBe(true);
  });
});

describe('procedure content', () => {
  const termsOf = (code: string) => procedureTerms(procedures.find((p) => p.code === code)!);
  const baseContent = {
    procedures,
    agencies,
    termsOf: procedureTerms,
    catalogueEntries,
    laterVersions,
    decision: PROVINCE_PUBLICATION_DECISION,
  };

  it('has at least 150 procedures at every level, each with publishable terms', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(150);
    const count = (level: SeedUnitLevel) => procedures.filter((p) => p.level === level).length;
    expect(count('PROVINCE')).toBeGreaterThanOrEqual(60);
    expect(count('DISTRICT')).toBeGreaterThanOrEqual(40);
    expect(count('COMMUNE')).toBeGreaterThanOrEqual(40);
    expect(findContentProblems()).toEqual([]);
  });

  it('times every internal process to add up exactly to the legal time, in its unit', () => {
    for (const procedure of procedures) {
      const terms = procedureTerms(procedure);
      const sum = terms.internalProcess.reduce((total, step) => total + step.duration.value, 0);
      expect(sum, procedure.code).toBe(terms.processingTime.value);
      for (const step of terms.internalProcess) expect(step.duration.unit).toBe(terms.processingTime.unit);
      if (terms.processingTime.unit === 'WORKING_DAY')
        expect(terms.processingTime.value).toBe(procedure.processingDays);
    }
    expect(termsOf('1.003554').processingTime).toEqual({ value: 30, unit: 'CALENDAR_DAY' });
    expect(termsOf('1.001193').processingTime).toEqual({ value: 8, unit: 'HOUR' });
  });

  it('receives and returns at the one-stop: the Centre for the province, the deciding PC below', () => {
    for (const procedure of procedures) {
      const steps = procedureTerms(procedure).internalProcess;
      expect(steps[0]!.role).toBe('RECEPTION_OFFICER');
      expect(steps[0]!.agencyElectronicId).toBe(receivingAgencyOf(procedure));
      expect(steps.some((step) => step.role === 'APPROVER')).toBe(true);
    }
    expect(receivingAgencyOf(procedures.find((p) => p.level === 'PROVINCE')!)).toBe(PROVINCIAL_CENTRE_ELECTRONIC_ID);
  });

  it('routes inter-agency procedures through the police, social insurance and tax offices', () => {
    const stepAgencies = (code: string) => termsOf(code).internalProcess.map((step) => step.agencyElectronicId);
    expect(stepAgencies('1.012696')).toEqual(
      expect.arrayContaining(['000.01.20.H37', '041.01.20.H37', '000.42.20.H37']),
    );
    expect(stepAgencies('1.012697')).toEqual(
      expect.arrayContaining(['000.01.31.H37', '041.01.31.H37', '000.42.31.H37']),
    );
    expect(stepAgencies('1.009643')).toEqual(expect.arrayContaining(['000.00.43.H37', '000.00.42.H37']));
    const interAgency = procedures.filter((p) =>
      procedureTerms(p).internalProcess.some(
        (step) =>
          step.agencyElectronicId !== receivingAgencyOf(p) && step.agencyElectronicId !== p.competentAgencyElectronicId,
      ),
    );
    expect(interAgency.length).toBeGreaterThanOrEqual(8);
  });

  it('offers fully online procedures with an online channel, and fees in whole đồng', () => {
    const full = procedures.filter((p) => procedureTerms(p).onlineLevel === 'FULL').map((p) => p.code);
    expect(full).toEqual(expect.arrayContaining(['2.000488', '2.000635', '2.001610', '1.012696']));
    for (const code of full) expect(termsOf(code).channels.map((c) => c.channel)).toContain('ONLINE');
    expect(termsOf('2.001610').channels.find((c) => c.channel === 'IN_PERSON')!.fees).toContainEqual({
      description: 'Lệ phí đăng ký doanh nghiệp',
      amountVnd: 50_000,
      legalText: 'Thông tư 47/2019/TT-BTC',
    });
    expect(termsOf('1.001193').channels.every((c) => c.fees.length === 0)).toBe(true);
    expect(termsOf('1.001193').documents.some((d) => d.fromNationalDatabase)).toBe(true);
  });

  it('refines only procedures that exist', () => {
    const codes = new Set(procedures.map((p) => p.code));
    for (const code of Object.keys(OVERRIDES)) expect(codes.has(code), code).toBe(true);
  });

  it('reports content that cannot be published', () => {
    const [first, second] = procedures;
    if (!first || !second) throw new Error('empty seed data');
    const broken = (terms: ProcedureTerms): ProcedureTerms => ({
      ...terms,
      channels: terms.channels.map((c) => ({
        ...c,
        fees: [
          { description: 'Phí âm', amountVnd: -1, legalText: null },
          { description: 'Phí lẻ', amountVnd: 1.5, legalText: null },
        ],
      })),
      documents: [
        { name: ' ', originals: 1, copies: 0, formTemplate: null, fromNationalDatabase: false },
        { name: 'Không bản nào', originals: 0, copies: 0, formTemplate: null, fromNationalDatabase: false },
      ],
      internalProcess: [
        ...terms.internalProcess.slice(0, -1),
        { ...terms.internalProcess.at(-1)!, agencyElectronicId: 'nowhere' },
        { ...terms.internalProcess.at(-1)!, name: 'Bước thừa' },
      ],
    });
    const problems = findContentProblems({
      ...baseContent,
      procedures: [first, { ...second, processingDays: second.processingDays + 1 } as SeedProcedure],
      termsOf: (p) =>
        p.code === first.code
          ? broken(procedureTerms(p))
          : procedureTerms({ ...p, processingDays: second.processingDays }),
      catalogueEntries: [
        { sectionAgencyElectronicId: '000.00.09.H37', procedureCode: first.code, fullyOnSite: false },
        { sectionAgencyElectronicId: PROVINCIAL_CENTRE_ELECTRONIC_ID, procedureCode: '9.999999', fullyOnSite: false },
      ],
      laterVersions: [],
    });
    const about = (text: string) => problems.some((problem) => problem.includes(text));
    expect(about(`procedure ${first.code}: fee "Phí âm"`)).toBe(true);
    expect(about(`procedure ${first.code}: fee "Phí lẻ"`)).toBe(true);
    expect(about(`procedure ${first.code}: document 1 has no name`)).toBe(true);
    expect(about('document "Không bản nào" asks for 0 originals and 0 copies')).toBe(true);
    expect(about('is at unknown agency nowhere')).toBe(true);
    expect(about(`procedure ${first.code}: internal process adds up to`)).toBe(true);
    expect(about(`procedure ${second.code} has processingDays ${second.processingDays + 1}`)).toBe(true);
    expect(about('names unknown section 000.00.09.H37')).toBe(true);
    expect(about('names unknown procedure 9.999999')).toBe(true);
  });
});

describe('catalogue', () => {
  const share = (section: string) => {
    const entries = catalogueEntries.filter((e) => e.sectionAgencyElectronicId === section);
    return { count: entries.length, onSite: entries.filter((e) => e.fullyOnSite).length };
  };

  it('puts every province-level procedure at the Centre, just above the 20 % on-site target', () => {
    const { count, onSite } = share(PROVINCIAL_CENTRE_ELECTRONIC_ID);
    expect(count).toBe(procedures.filter((p) => p.level === 'PROVINCE').length);
    expect(onSite * 100).toBeGreaterThanOrEqual(20 * count);
    expect(onSite * 100).toBeLessThan(25 * count);
  });

  it('has exactly one district section below 50 % and every commune section at 100 %', () => {
    const misses = DISTRICT_SECTION_AGENCIES.filter((id) => {
      const { count, onSite } = share(id);
      expect(count).toBeGreaterThanOrEqual(8);
      return onSite * 2 < count;
    });
    expect(misses).toEqual(['000.00.22.H37']);
    for (const id of COMMUNE_SECTION_AGENCIES) {
      const { count, onSite } = share(id);
      expect(count).toBeGreaterThanOrEqual(5);
      expect(onSite).toBe(count);
    }
  });

  it('has later versions that change something real and take effect after the first', () => {
    expect(laterVersions.length).toBeGreaterThanOrEqual(3);
    expect(laterVersions.length).toBeLessThanOrEqual(5);
    for (const later of laterVersions) {
      const before = procedureTerms(procedures.find((p) => p.code === later.procedureCode)!);
      expect(later.change(before)).not.toEqual(before);
      expect(later.effectiveFrom > PROVINCE_PUBLICATION_DECISION.signedOn).toBe(true);
    }
    const shortened = laterVersions.find((v) => v.procedureCode === '1.009997')!;
    const terms = shortened.change(procedureTerms(procedures.find((p) => p.code === '1.009997')!));
    expect(terms.processingTime).toEqual({ value: 3, unit: 'WORKING_DAY' });
    expect(terms.internalProcess.reduce((sum, step) => sum + step.duration.value, 0)).toBe(3);
  });
});
