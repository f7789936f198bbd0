/**
 * `OneStopSectionChanged`: a section's facts changed; the payload is the whole section as it stands
 * after the change (the same fields as `OneStopSectionOpened`). Nothing changes a section yet (only
 * the seed writes them), so nothing appends this event yet: the topic is named now so consumers
 * handle it from the start; whatever first changes a section appends it, built with `sectionFacts`,
 * in the transaction of the change.
 */
import type { OneStopSectionOpenedPayload } from './section-opened.js';

export const ONE_STOP_SECTION_CHANGED = 'OneStopSectionChanged';

export type OneStopSectionChangedPayload = OneStopSectionOpenedPayload;
