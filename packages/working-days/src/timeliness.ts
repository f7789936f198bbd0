/**
 * Timeliness as the control slip and the evaluation indicators read it (DOMAIN.md §1.6, §5): a
 * result ready on an earlier day than the due is early (trước hạn), on the due day itself on time
 * (đúng hạn), after the due moment late (quá hạn). The comparison of days is on local dates.
 */
import { localDateOf } from './local-time.js';

export type Timeliness = 'EARLY' | 'ON_TIME' | 'LATE';

export function classifyTimeliness(finishedAt: Date, dueAt: Date): Timeliness {
  if (finishedAt.getTime() > dueAt.getTime()) return 'LATE';
  return localDateOf(finishedAt) === localDateOf(dueAt) ? 'ON_TIME' : 'EARLY';
}
