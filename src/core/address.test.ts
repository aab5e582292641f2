import { cellAddress, columnLetters } from './address';

describe('A1 addresses', () => {
  it('names columns as Excel does', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
    expect(columnLetters(16383)).toBe('XFD');
  });

  it('turns 0-based row and column into an address', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(6, 4)).toBe('E7');
  });
});
