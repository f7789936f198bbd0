import { describe, it, expect } from 'vitest';
import {
  administrativeUnits,
  agencies,
  assertSeedConsistency,
  findSeedProblems,
  procedures,
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
