import { describe, expect, it } from 'vitest';
import { buildingCoverage, gkZoneDescription, siteMeasurement, vacantMu } from './site-measurement.ts';

describe('site measurement arithmetic', () => {
  it('divides the footprint by the recorded area, not the drawn one', () => {
    const m = siteMeasurement({
      recordedParcelAreaM2: 10_000,
      computedParcelAreaM2: 10_050,
      footprintM2: 1_600,
      largestVacantM2: 8_400,
      footprintCount: 1,
      setbackM: 0,
      srid: 4548,
    });
    expect(m.buildingCoverage).toBe(0.16);
    expect(m.buildingFootprint_m2).toBe(1_600);
    expect(m.vacantContiguousArea_m2).toBe(8_400);
    expect(m.record).toMatchObject({ coverageBasis: 'RECORDED_AREA', parcelAreaM2: 10_000, computedParcelAreaM2: 10_050, largestVacantMu: 12.6 });
  });

  it('rounds coverage to 0.01 % and caps it at 100 %', () => {
    expect(buildingCoverage(2_999.949, 10_000)).toBe(0.3);
    expect(buildingCoverage(2_999.949, 10_000)).not.toBe(0.2999);
    expect(buildingCoverage(2_999.4, 10_000)).toBe(0.2999);
    expect(buildingCoverage(10_100, 10_000)).toBe(1);
    expect(buildingCoverage(100, 0)).toBe(0);
  });

  it('converts m² to 亩 at 2000/3 m² per 亩, two decimals, on both sides of 5 亩 and 10 亩', () => {
    expect(vacantMu(3_333.33)).toBe(5);
    expect(vacantMu(3_340)).toBe(5.01);
    expect(vacantMu(6_666.67)).toBe(10);
    expect(vacantMu(6_680)).toBe(10.02);
  });

  it('names the zone by its EPSG code and central meridian, and the setback when there is one', () => {
    expect(gkZoneDescription(4548)).toContain('中央经线东经117°');
    expect(gkZoneDescription(4545)).toContain('中央经线东经108°');
    const withSetback = siteMeasurement({ recordedParcelAreaM2: 1, computedParcelAreaM2: 1, footprintM2: 0, largestVacantM2: 1, footprintCount: 3, setbackM: 5, srid: 4548 });
    expect(withSetback.record.method).toContain('3 处建筑物基底');
    expect(withSetback.record.method).toContain('5 米退让');
    const without = siteMeasurement({ recordedParcelAreaM2: 1, computedParcelAreaM2: 1, footprintM2: 0, largestVacantM2: 1, footprintCount: 3, setbackM: 0, srid: 4548 });
    expect(without.record.method).not.toContain('退让');
  });
});
