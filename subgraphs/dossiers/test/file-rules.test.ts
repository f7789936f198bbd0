import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkUploadedFile,
  detectMediaType,
  normaliseMediaType,
  sanitiseFileName,
  sha256Hex,
} from '../src/attachments/file-rules.js';
import { JPEG, PDF, PNG } from './support/files.js';

const upload = (bytes: Buffer, mediaType: string, fileName = 'don-de-nghi.pdf') => ({
  fileName,
  mediaType,
  contentBase64: bytes.toString('base64'),
});

const fieldsOf = (result: ReturnType<typeof checkUploadedFile>) =>
  'faults' in result ? result.faults.map((fault) => fault.field) : [];

describe('file rules', () => {
  it('tells PDF, JPEG and PNG apart by their magic bytes', () => {
    expect(detectMediaType(PDF)).toBe('application/pdf');
    expect(detectMediaType(JPEG)).toBe('image/jpeg');
    expect(detectMediaType(PNG)).toBe('image/png');
    expect(detectMediaType(Buffer.from('GIF89a...'))).toBeNull();
    expect(detectMediaType(Buffer.from('PK\u0003\u0004 a .docx is a zip'))).toBeNull();
    expect(detectMediaType(new Uint8Array())).toBeNull();
  });

  it('accepts the usual spellings of the allowed types and nothing else', () => {
    expect(normaliseMediaType('Application/PDF')).toBe('application/pdf');
    expect(normaliseMediaType('image/jpg')).toBe('image/jpeg');
    expect(normaliseMediaType('image/png; charset=binary')).toBe('image/png');
    expect(normaliseMediaType('image/gif')).toBeNull();
    expect(normaliseMediaType('application/octet-stream')).toBeNull();
  });

  it('keeps only the last part of a path, without control or reserved characters, at most 200 characters', () => {
    expect(sanitiseFileName('C:\\Users\\dan\\Giấy tờ\\CCCD mặt trước.jpg')).toBe('CCCD mặt trước.jpg');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('..hidden.pdf')).toBe('hidden.pdf');
    expect(sanitiseFileName('a\u0000b\nc<d>e:f"g|h?i*j.pdf')).toBe('abcdefghij.pdf');
    expect(sanitiseFileName('  đơn   đề nghị.pdf  ')).toBe('đơn đề nghị.pdf');
    expect(sanitiseFileName('/')).toBe('');
    const long = sanitiseFileName(`${'Bản sao chứng thực '.repeat(20)}.pdf`);
    expect([...long].length).toBeLessThanOrEqual(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('checks a good file and computes its SHA-256', () => {
    const result = checkUploadedFile(upload(PDF, 'application/pdf', 'tai-lieu/don.pdf'));
    expect('file' in result && result.file).toEqual({
      bytes: new Uint8Array(PDF),
      fileName: 'don.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('refuses a file whose content is not what it was declared as, whatever its name', () => {
    const result = checkUploadedFile(upload(PNG, 'application/pdf', 'scan.pdf'));
    expect(fieldsOf(result)).toEqual(['mediaType']);
    expect('faults' in result && result.faults[0]!.message).toMatch(/PNG, not the PDF/);
  });

  it('refuses content that is none of the allowed types, and declared types that are not allowed', () => {
    expect(fieldsOf(checkUploadedFile(upload(Buffer.from('MZ\x90\x00 an exe'), 'application/pdf')))).toEqual([
      'contentBase64',
    ]);
    expect(fieldsOf(checkUploadedFile(upload(PDF, 'text/html')))).toEqual(['mediaType']);
  });

  it('refuses empty files, non-base64 content and files over the limit', () => {
    expect(fieldsOf(checkUploadedFile(upload(Buffer.alloc(0), 'application/pdf')))).toEqual(['contentBase64']);
    expect(
      fieldsOf(checkUploadedFile({ fileName: 'a.pdf', mediaType: 'application/pdf', contentBase64: 'JVBERi0*' })),
    ).toEqual(['contentBase64']);
    const big = Buffer.concat([PDF, Buffer.alloc(2000)]);
    const over = checkUploadedFile(upload(big, 'application/pdf'), 1024);
    expect(fieldsOf(over)).toEqual(['contentBase64']);
    expect('faults' in over && over.faults[0]!.message).toMatch(/larger than/);
    // Just over the limit in bytes, though not in base64 characters.
    expect(
      fieldsOf(checkUploadedFile(upload(Buffer.concat([PDF, Buffer.alloc(1)]), 'application/pdf'), PDF.length)),
    ).toEqual(['contentBase64']);
    expect('file' in checkUploadedFile(upload(PDF, 'application/pdf'), PDF.length)).toBe(true);
  });

  it('names every fault at once', () => {
    expect(
      fieldsOf(checkUploadedFile({ fileName: '', mediaType: 'image/gif', contentBase64: PDF.toString('base64') })),
    ).toEqual(['fileName', 'mediaType']);
  });
});
