/**
 * What a version must satisfy before it is published. Drafts may be saved incomplete (an editor
 * types a long catalogue entry over days); publishing lists every fault at once, each with the
 * path of the input at fault, so the editor fixes them all in one pass.
 */
import { isCalendarDate } from '@motcua/subgraph-kit';
import { describeDuration, durationSteps } from './duration.js';
import type { VersionTerms } from './terms.js';

export interface VersionFault {
  field: string;
  message: string;
}

const blank = (text: string | null | undefined) => !text || text.trim().length === 0;

export function findVersionFaults(terms: VersionTerms): VersionFault[] {
  return [
    ...stepFaults(terms),
    ...channelFaults(terms),
    ...timeFaults(terms),
    ...documentFaults(terms),
    ...resultFaults(terms),
    ...legalBasisFaults(terms),
    ...internalProcessFaults(terms),
  ];
}

function stepFaults({ steps }: VersionTerms): VersionFault[] {
  if (steps.length === 0) {
    return [{ field: 'steps', message: 'Nêu ít nhất một bước thực hiện. / List at least one step.' }];
  }
  return steps.flatMap((step, i) =>
    blank(step) ? [{ field: `steps[${i}]`, message: 'Bước thực hiện không được để trống. / A step is empty.' }] : [],
  );
}

function channelFaults({ channels, onlineLevel }: VersionTerms): VersionFault[] {
  const faults: VersionFault[] = [];
  if (channels.length === 0) {
    faults.push({ field: 'channels', message: 'Nêu ít nhất một cách thức nộp. / List at least one way to file.' });
  }
  const seen = new Set<string>();
  channels.forEach((channel, i) => {
    if (seen.has(channel.channel)) {
      faults.push({
        field: `channels[${i}].channel`,
        message: `Cách thức ${channel.channel} bị lặp. / Way of filing ${channel.channel} is listed twice.`,
      });
    }
    seen.add(channel.channel);
    if (channel.processingTime && durationSteps(channel.processingTime) === null) {
      faults.push({ field: `channels[${i}].processingTime`, message: wholeDurationMessage });
    }
    channel.fees.forEach((fee, j) => {
      const field = `channels[${i}].fees[${j}]`;
      if (blank(fee.description)) {
        faults.push({ field: `${field}.description`, message: 'Nêu tên khoản phí, lệ phí. / Name the fee.' });
      }
      if (!Number.isInteger(fee.amountVnd) || fee.amountVnd < 0) {
        faults.push({
          field: `${field}.amountVnd`,
          message: 'Mức phí là số đồng nguyên, không âm. / A fee is a whole, non-negative number of đồng.',
        });
      }
    });
  });
  const online = seen.has('ONLINE');
  if (onlineLevel === 'INFORMATION' && online) {
    faults.push({
      field: 'onlineLevel',
      message:
        'Thủ tục chỉ cung cấp thông tin thì không nhận nộp trực tuyến. / An information-only procedure cannot be filed online.',
    });
  }
  if (onlineLevel !== 'INFORMATION' && !online) {
    faults.push({
      field: 'channels',
      message:
        'Dịch vụ công trực tuyến một phần hoặc toàn trình phải có cách thức nộp trực tuyến. / A partly or fully online procedure must offer online filing.',
    });
  }
  return faults;
}

const wholeDurationMessage =
  'Thời hạn phải dương; ngày làm việc tính theo nửa ngày, giờ và ngày lịch là số nguyên. / A time must be positive: working days in halves, hours and calendar days whole.';

function timeFaults({ processingTime }: VersionTerms): VersionFault[] {
  return durationSteps(processingTime) === null ? [{ field: 'processingTime', message: wholeDurationMessage }] : [];
}

function documentFaults({ documents }: VersionTerms): VersionFault[] {
  return documents.flatMap((document, i) => {
    const faults: VersionFault[] = [];
    if (blank(document.name)) {
      faults.push({
        field: `documents[${i}].name`,
        message: 'Mỗi thành phần hồ sơ phải có tên. / Every required document must be named.',
      });
    }
    const counts = [document.originals, document.copies];
    if (counts.some((count) => !Number.isInteger(count) || count < 0) || document.originals + document.copies === 0) {
      faults.push({
        field: `documents[${i}].originals`,
        message:
          'Số bản chính và bản sao là số nguyên không âm, ít nhất một bản. / Originals and copies are whole numbers, at least one in all.',
      });
    }
    return faults;
  });
}

function resultFaults({ result }: VersionTerms): VersionFault[] {
  return blank(result.name)
    ? [{ field: 'result.name', message: 'Nêu kết quả thực hiện thủ tục. / Name the result of the procedure.' }]
    : [];
}

function legalBasisFaults({ legalBases }: VersionTerms): VersionFault[] {
  if (legalBases.length === 0) {
    return [{ field: 'legalBases', message: 'Nêu ít nhất một căn cứ pháp lý. / List at least one legal basis.' }];
  }
  return legalBases.flatMap((basis, i) => {
    const faults: VersionFault[] = [];
    if (blank(basis.number)) {
      faults.push({ field: `legalBases[${i}].number`, message: 'Nêu số hiệu văn bản. / Give the document number.' });
    }
    if (blank(basis.title)) {
      faults.push({ field: `legalBases[${i}].title`, message: 'Nêu trích yếu văn bản. / Give the document title.' });
    }
    if (blank(basis.issuer)) {
      faults.push({ field: `legalBases[${i}].issuer`, message: 'Nêu cơ quan ban hành. / Give the issuing body.' });
    }
    if (!isCalendarDate(basis.issuedOn)) {
      faults.push({
        field: `legalBases[${i}].issuedOn`,
        message: 'Ngày ban hành không hợp lệ (YYYY-MM-DD). / The date of issue is not a valid YYYY-MM-DD date.',
      });
    }
    return faults;
  });
}

function internalProcessFaults({ internalProcess, processingTime }: VersionTerms): VersionFault[] {
  if (internalProcess.length === 0) {
    return [
      {
        field: 'internalProcess',
        message: 'Quy trình nội bộ phải có ít nhất một bước. / The internal process needs at least one step.',
      },
    ];
  }
  const faults: VersionFault[] = [];
  let total = 0;
  internalProcess.forEach((step, i) => {
    if (blank(step.name)) {
      faults.push({ field: `internalProcess[${i}].name`, message: 'Bước xử lý phải có tên. / Name the step.' });
    }
    const steps = durationSteps(step.duration);
    if (step.duration.unit !== processingTime.unit) {
      faults.push({
        field: `internalProcess[${i}].duration`,
        message: `Thời gian của bước phải cùng đơn vị với thời hạn giải quyết (${processingTime.unit}). / A step's time must be in the processing time's unit (${processingTime.unit}).`,
      });
    } else if (steps === null) {
      faults.push({ field: `internalProcess[${i}].duration`, message: wholeDurationMessage });
    } else {
      total += steps;
    }
  });
  const legal = durationSteps(processingTime);
  const comparable = faults.every((fault) => !fault.field.endsWith('.duration'));
  if (legal !== null && comparable && total !== legal) {
    const sum = describeDuration({
      value: total / (processingTime.unit === 'WORKING_DAY' ? 2 : 1),
      unit: processingTime.unit,
    });
    faults.push({
      field: 'internalProcess',
      message: `Các bước cộng lại ${sum}, phải bằng đúng thời hạn giải quyết ${describeDuration(processingTime)}. / The steps add up to ${sum}; they must equal the processing time, ${describeDuration(processingTime)}.`,
    });
  }
  return faults;
}
