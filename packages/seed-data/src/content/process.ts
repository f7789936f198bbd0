/**
 * Internal processes (quy trình nội bộ) whose steps add up exactly to the legal processing time.
 * Durations are handled as whole "ticks" of their unit (half working days, hours, calendar days),
 * so the arithmetic is exact.
 */
import type { Duration, DurationUnit, InternalStep, ProcessRole } from '../procedure-terms.js';

const TICKS_PER_UNIT: Record<DurationUnit, number> = { WORKING_DAY: 2, HOUR: 1, CALENDAR_DAY: 1 };

/** The duration as whole ticks of its unit, or null when it is not a positive whole number of them. */
export function durationTicks(duration: Duration): number | null {
  const ticks = duration.value * TICKS_PER_UNIT[duration.unit];
  return Number.isInteger(ticks) && ticks > 0 ? ticks : null;
}

/** A step to be timed: either a fixed number of ticks or a weight in the share of what is left. */
export interface StageSpec {
  name: string;
  role: ProcessRole;
  agencyElectronicId: string;
  ticks?: number;
  weight?: number;
}

/**
 * Times the stages so that they add up to `total`: fixed stages keep their ticks, the others
 * share the rest by weight (at least one tick each; the heaviest absorbs rounding).
 */
export function timeStages(total: Duration, stages: StageSpec[]): InternalStep[] {
  const totalTicks = durationTicks(total);
  if (totalTicks === null) throw new Error(`invalid processing time ${total.value} ${total.unit}`);
  const fixed = stages.reduce((sum, stage) => sum + (stage.ticks ?? 0), 0);
  const shared = stages.filter((stage) => stage.ticks === undefined);
  const rest = totalTicks - fixed;
  if (rest < shared.length || (shared.length === 0 && rest !== 0)) {
    throw new Error(`cannot fit ${stages.length} steps into ${total.value} ${total.unit}`);
  }
  const weightSum = shared.reduce((sum, stage) => sum + (stage.weight ?? 1), 0);
  const ticks = new Map<StageSpec, number>(
    shared.map((stage) => [stage, Math.max(1, Math.floor((rest * (stage.weight ?? 1)) / weightSum))]),
  );
  const heaviest = shared.reduce<StageSpec | undefined>(
    (best, stage) => (best === undefined || (stage.weight ?? 1) > (best.weight ?? 1) ? stage : best),
    undefined,
  );
  if (heaviest) ticks.set(heaviest, ticks.get(heaviest)! + rest - [...ticks.values()].reduce((a, b) => a + b, 0));
  return stages.map((stage) => {
    const stageTicks = stage.ticks ?? ticks.get(stage)!;
    if (stageTicks < 1) throw new Error(`step "${stage.name}" gets no time in ${total.value} ${total.unit}`);
    return {
      name: stage.name,
      role: stage.role,
      agencyElectronicId: stage.agencyElectronicId,
      duration: { value: stageTicks / TICKS_PER_UNIT[total.unit], unit: total.unit },
    };
  });
}

export interface StandardProcess {
  /** Where the one-stop receives and returns (Centre, district or commune section). */
  receivingAgency: string;
  competentAgency: string;
  appraisal: string;
  approval: string;
  /** Steps at other agencies (liên thông) or a higher level, between appraisal and approval or after it. */
  beforeApproval?: StageSpec[];
  afterApproval?: StageSpec[];
}

/**
 * The usual four steps (receive → appraise → approve → return), shortened when the time is too short
 * for four: three steps merge approval and return, two steps merge reception with appraisal.
 */
export function standardProcess(total: Duration, p: StandardProcess): InternalStep[] {
  const totalTicks = durationTicks(total) ?? 0;
  const extra = [...(p.beforeApproval ?? []), ...(p.afterApproval ?? [])];
  const room = totalTicks - extra.reduce((sum, stage) => sum + (stage.ticks ?? 1), 0);
  const reception: StageSpec = {
    name: 'Tiếp nhận, kiểm tra hồ sơ, chuyển xử lý',
    role: 'RECEPTION_OFFICER',
    agencyElectronicId: p.receivingAgency,
    ticks: 1,
  };
  const appraisal: StageSpec = {
    name: p.appraisal,
    role: 'SPECIALIST',
    agencyElectronicId: p.competentAgency,
    weight: 4,
  };
  const approval: StageSpec = {
    name: p.approval,
    role: 'APPROVER',
    agencyElectronicId: p.competentAgency,
    weight: 1,
  };
  const handBack: StageSpec = {
    name: 'Trả kết quả, thu phí, lệ phí (nếu có)',
    role: 'RECEPTION_OFFICER',
    agencyElectronicId: p.receivingAgency,
    ticks: 1,
  };
  const before = p.beforeApproval ?? [];
  const after = p.afterApproval ?? [];
  if (room >= 4) return timeStages(total, [reception, appraisal, ...before, approval, ...after, handBack]);
  if (room === 3 && after.length > 0) {
    return timeStages(total, [
      { ...reception, name: 'Tiếp nhận, kiểm tra và thẩm định hồ sơ' },
      ...before,
      approval,
      ...after,
      handBack,
    ]);
  }
  if (room === 3) {
    return timeStages(total, [
      reception,
      appraisal,
      ...before,
      { ...approval, name: `${p.approval}; trả kết quả` },
      ...after,
    ]);
  }
  return timeStages(total, [
    { ...reception, name: 'Tiếp nhận, kiểm tra và thẩm định hồ sơ' },
    ...before,
    { ...approval, name: `${p.approval}; trả kết quả` },
    ...after,
  ]);
}
