import { describe, expect, it } from 'vitest';
import { fenToYuan, idleLandFee, sameYuanAmount, yuanToFen } from './fees.ts';

describe('idle-land fee, exact to the fen', () => {
  it.each([
    ['1234567.89', '0.20', '246913.58', '246913.578 rounds down'],
    ['0.05', '0.20', '0.01', '0.010 exactly'],
    ['0.03', '0.20', '0.01', '0.006 rounds up'],
    ['0.02', '0.20', '0.00', '0.004 rounds down'],
    ['0.025', '0.20', '0.01', '0.005 rounds half up'],
    ['12345678.90', '0.2', '2469135.78', 'rate without trailing zero'],
    ['1000000', '0.20', '200000.00', 'whole yuan'],
    ['987654321.01', '0.20', '197530864.20', 'price beyond float-exact cents'],
    ['3333333.33', '0.15', '500000.00', '499999.9995 rounds up'],
    ['1234567.89', '0', '0.00', 'zero rate'],
    ['0.1', '0.2', '0.02', 'the classic 0.1 × 0.2'],
  ])('%s × %s = %s (%s)', (price, rate, fee) => {
    expect(idleLandFee(price, rate)).toBe(fee);
  });

  it.each([
    ['-100', '0.20'],
    ['1e6', '0.20'],
    ['abc', '0.20'],
    ['100', '1.5'],
    ['100', ''],
  ])('refuses %s × %s', (price, rate) => {
    expect(() => idleLandFee(price, rate)).toThrow(RangeError);
  });

  it('converts between yuan and fen', () => {
    expect(yuanToFen('246913.58')).toBe(24691358n);
    expect(yuanToFen('246913.580')).toBe(24691358n);
    expect(yuanToFen('246913.581')).toBeUndefined();
    expect(yuanToFen('12')).toBe(1200n);
    expect(fenToYuan(5n)).toBe('0.05');
    expect(fenToYuan(24691358n)).toBe('246913.58');
  });

  it('compares amounts by value', () => {
    expect(sameYuanAmount('246913.58', '246913.580')).toBe(true);
    expect(sameYuanAmount('246913.58', '246913.57')).toBe(false);
    expect(sameYuanAmount('x', 'x')).toBe(false);
  });
});
