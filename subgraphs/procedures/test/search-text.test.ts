import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchTerms } from '../src/domain/search-text.js';

describe('foldVietnamese', () => {
  it('drops tone and vowel marks so "giay phep" matches "Giấy phép"', () => {
    expect(foldVietnamese('Cấp Giấy phép xây dựng')).toBe('cap giay phep xay dung');
  });

  it('turns đ into d in either case', () => {
    expect(foldVietnamese('Đăng ký đất đai')).toBe('dang ky dat dai');
  });

  it('treats precomposed and combining forms alike', () => {
    expect(foldVietnamese('Thu\u0309 tu\u0323c')).toBe(foldVietnamese('Thủ tục'));
  });

  it('collapses runs of spaces', () => {
    expect(foldVietnamese('  hộ   tịch ')).toBe('ho tich');
  });
});

describe('searchTerms', () => {
  it('splits a search into folded words', () => {
    expect(searchTerms('Giấy  PHÉP')).toEqual(['giay', 'phep']);
  });

  it('is empty for a blank or missing search', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms(undefined)).toEqual([]);
  });
});
