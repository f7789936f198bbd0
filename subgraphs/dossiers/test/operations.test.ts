/**
 * Running a one-stop: the work queue, the calendar (a change moves open due dates, audited), the
 * tracking book, notices to applicants through the notification port, and binding a dossier to the
 * version in force on its reception day.
 */
import { rows, stableId } from '@motcua/subgraph-kit';
import { databaseKinds, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dossiersSubgraph, type OutgoingNotice } from '../src/index.js';
import { upsertProcedureVersion, versionsByIds } from '../src/store/queries.js';
import { caller, callers, CENTRE, counterInput, PRACTICE_CERTIFICATE, RECEIVE, type Call } from './support/dossiers.js';

const sent: OutgoingNotice[] = [];
const definition = async () =>
  dossiersSubgraph({
    proceduresFeedUrl: 'http://127.0.0.1:9/internal/events',
    organizationsFeedUrl: 'http://127.0.0.1:9/internal/events',
    portalUrl: 'http://portal.test/',
    notificationPort: { send: async (notice) => void sent.push(notice) },
  });

const QUEUE = `{ myWorkQueue(first: 100) { totalCount edges { node { id code deadline { dueAt timeliness } } } } }`;

describe.each(databaseKinds())('operations on %s', (kind) => {
  const handle = useTestSubgraph(definition, kind);
  const call: Call = (...args) => caller(handle)(...args);
  const receive = async (overrides: Record<string, unknown> = {}) =>
    (await call(RECEIVE, { input: counterInput(overrides) }, callers.reception)).data!.receiveAtCounter.dossier;

  it('the work queue puts late dossiers first, then the soonest due, and only the caller’s steps', async () => {
    const fresh = await receive();
    const { data } = await call(QUEUE, {}, callers.reception);
    const nodes = data!.myWorkQueue.edges.map((edge: { node: Record<string, any> }) => edge.node);
    expect(nodes.map((node: { id: string }) => node.id)).toContain(fresh.id);
    const lateFlags = nodes.map(
      (node: { deadline: { timeliness: string | null } }) => node.deadline.timeliness === 'LATE',
    );
    expect(lateFlags).toEqual([...lateFlags].sort((a, b) => Number(b) - Number(a)));
    const onTime = nodes.filter(
      (node: { deadline: { timeliness: string | null } }) => node.deadline.timeliness !== 'LATE',
    );
    const dues = onTime.map((node: { deadline: { dueAt: string | null } }) => node.deadline.dueAt ?? '9999');
    expect(dues).toEqual([...dues].sort());
    const specialistQueue = await call(QUEUE, {}, callers.specialist);
    const specialistIds = specialistQueue.data!.myWorkQueue.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(specialistIds).not.toContain(fresh.id);
  });

  it('a day off added to the calendar moves open due dates, with an audit record; removing it moves them back', async () => {
    const dossier = await receive();
    const dueBefore = new Date(dossier.deadline.dueAt);
    // A weekday between reception and the due date becomes a day off.
    let day = new Date(dueBefore.getTime() - 3 * 86_400_000);
    while ([0, 6].includes(new Date(day.getTime() + 7 * 3_600_000).getUTCDay()))
      day = new Date(day.getTime() - 86_400_000);
    const date = new Date(day.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const SET = `mutation($input: CalendarDayInput!) { setCalendarDay(input: $input) { affectedDossiers calendar { days(year: ${date.slice(0, 4)}) { date kind name } } } }`;
    const refused = await call(SET, { input: { date, kind: 'DAY_OFF', name: 'Nghỉ bù' } }, callers.reception);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const changed = await call(SET, { input: { date, kind: 'DAY_OFF', name: 'Nghỉ bù' } }, callers.admin);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.setCalendarDay.affectedDossiers).toBeGreaterThan(0);
    expect(changed.data!.setCalendarDay.calendar.days).toContainEqual({ date, kind: 'DAY_OFF', name: 'Nghỉ bù' });
    const read = `query($id: ID!) { dossier(id: $id) { deadline { dueAt } } }`;
    const after = await call(read, { id: dossier.id }, callers.reception);
    expect(new Date(after.data!.dossier.deadline.dueAt).getTime()).toBeGreaterThan(dueBefore.getTime());
    const [audit] = await rows<{ detail: { moved: { code: string }[] } }>(
      handle.subgraph.database.db,
      sql`select detail from dossiers.audit_events where action = 'CALENDAR_DAY_SET' and subject = ${date}`,
    );
    expect(audit!.detail.moved.map((entry) => entry.code)).toContain(dossier.code);
    await call(
      `mutation($date: Date!) { removeCalendarDay(date: $date) { affectedDossiers } }`,
      { date },
      callers.admin,
    );
    const restored = await call(read, { id: dossier.id }, callers.reception);
    expect(restored.data!.dossier.deadline.dueAt).toBe(dossier.deadline.dueAt);
  });

  it('administrators change the shifts and cut-off; an unusable week is refused with its faults', async () => {
    const UPDATE = `mutation($input: CalendarSettingsInput!) { updateCalendarSettings(input: $input) { calendar { receptionCutOff shifts { start end } } } }`;
    const week = { workingWeekdays: [1, 2, 3, 4, 5], receptionCutOff: '15:00' };
    const bad = await call(UPDATE, { input: { ...week, shifts: [{ start: '13:30', end: '11:30' }] } }, callers.admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const shifts = [
      { start: '07:00', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ];
    const good = await call(UPDATE, { input: { ...week, shifts, receptionCutOff: '16:00' } }, callers.admin);
    expect(good.data!.updateCalendarSettings.calendar).toEqual({ receptionCutOff: '16:00', shifts });
    await call(
      UPDATE,
      {
        input: {
          ...week,
          shifts: [
            { start: '07:30', end: '11:30' },
            { start: '13:30', end: '17:30' },
          ],
        },
      },
      callers.admin,
    );
  });

  it('the tracking book lists the period’s dossiers as a PDF or a spreadsheet, for staff of the section', async () => {
    const dossier = await receive();
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const BOOK = `query($format: BookFormat!) { trackingBook(receivingAgencyId: "${CENTRE}", from: "${today}", to: "${today}", format: $format) { fileName mediaType contentBase64 } }`;
    const pdf = await call(BOOK, { format: 'PDF' }, callers.reception);
    expect(pdf.errors).toBeUndefined();
    expect(Buffer.from(pdf.data!.trackingBook.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const sheet = await call(BOOK, { format: 'SPREADSHEET' }, callers.reception);
    const bytes = Buffer.from(sheet.data!.trackingBook.contentBase64, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as .xlsx files are
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain(dossier.code);
    const outsider = await call(BOOK, { format: 'PDF' }, callers.specialist);
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('notices to the applicant go through the notification port once', async () => {
    sent.length = 0; // the port is shared by both databases' runs
    const dossier = await receive();
    const dispatcher = handle.subgraph.consumers.at(-1)!;
    await dispatcher.drain();
    expect(sent.filter((notice) => notice.dossierCode === dossier.code)).toEqual([
      expect.objectContaining({ email: 'dan@example.vn', subject: 'Hồ sơ đã được tiếp nhận' }),
    ]);
    await dispatcher.drain();
    expect(sent.filter((notice) => notice.dossierCode === dossier.code)).toHaveLength(1);
  });

  it('a version scheduled for a later day does not apply to a dossier received today', async () => {
    const db = handle.subgraph.database.db;
    const [current] = await rows<{ version_id: string }>(
      db,
      sql`select version_id from dossiers.procedure_versions where procedure_id = ${PRACTICE_CERTIFICATE} order by effective_from desc limit 1`,
    );
    const [version] = await versionsByIds(db, [current!.version_id]);
    await upsertProcedureVersion(db, {
      ...version!,
      versionId: stableId('procedure-version', 'scheduled-test'),
      versionNumber: version!.versionNumber + 1,
      effectiveFrom: '2099-01-01',
      terms: { ...version!.terms, processingTime: { value: 5, unit: 'WORKING_DAY' } },
      sourcePosition: 'test',
    });
    const dossier = await receive();
    expect(dossier.deadline.processingTime).toEqual({ value: 20, unit: 'WORKING_DAY' });
  });
});
