/**
 * Printable slips of the one-stop (biểu mẫu một cửa) and the tracking book: data in, bytes out.
 * No database and no clock: every date printed comes from the data, shown in Vietnam time (UTC+7), and
 * a slip's PDF is the same bytes for the same data on any machine in any time zone.
 */
export {
  FORM_KINDS,
  RULE_SETS,
  UnsupportedFormError,
  formTemplate,
  formTemplates,
  type FormKind,
  type FormTemplate,
  type RuleSet,
} from './templates.js';
export type {
  ApologySlipData,
  ControlSlipData,
  ControlSlipRow,
  ProcessingTime,
  ReceiptSlipData,
  RefusalSlipData,
  SlipApplicant,
  SlipDocument,
  SlipHeader,
  StopNoticeData,
  SupplementRequestData,
  TrackingBookData,
  TrackingBookRow,
} from './types.js';
export {
  formatDate,
  formatDateTime,
  formatLongDate,
  formatNumber,
  formatProcessingTime,
  formatTimeliness,
  placeAndDate,
  vietnamTime,
  type Channel,
  type ProcessingTimeUnit,
  type ReturnMethod,
  type Timeliness,
} from './format.js';
export { renderReceiptSlip } from './receipt.js';
export { renderSupplementRequest } from './supplement-request.js';
export { renderRefusalSlip } from './refusal.js';
export { renderApologySlip } from './apology.js';
export { renderStopNotice } from './stop-notice.js';
export { renderControlSlip } from './control-slip.js';
export {
  TRACKING_BOOK_COLUMNS,
  TRACKING_BOOK_SHEET,
  renderTrackingBookPdf,
  renderTrackingBookSpreadsheet,
  type TrackingBookColumn,
} from './tracking-book.js';
