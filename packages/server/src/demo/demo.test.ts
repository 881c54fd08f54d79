import { existsSync, readFileSync } from 'node:fs';
import {
  checkContractConsistency,
  checkParcelConsistency,
  checkUscc,
  contractFields,
  enterpriseFields,
  parcelFields,
  parseFieldInput,
  yearFields,
  yuanToTenThousandYuan,
  type FieldDef,
  type FieldValue,
} from '@panhuo/domain';
import { describe, expect, it } from 'vitest';
import { buildDemo } from './build.ts';
import { multiPolygonAreaM2, type MultiPolygon } from './geometry.ts';
import { mapFaults } from './map.ts';
import { completionOverdue, predicates, type DemoParcel } from './situation-predicates.ts';
import type { Situation } from './situations.ts';

const demo = buildDemo();
const { parcels, enterprises } = demo.batch;
const enterpriseByUscc = new Map(enterprises.map((e) => [e.values.uscc as string, e.values]));
const facts: DemoParcel[] = parcels.map((p) => ({
  values: p.values,
  contract: p.contract ?? null,
  years: p.years ?? [],
  enterpriseValues: enterpriseByUscc.get(p.enterpriseUscc!)!,
}));

/** The stored value written the way a person would type it, so parseFieldInput must give it back exactly. */
function asTyped(def: FieldDef, value: FieldValue): unknown {
  if (typeof value !== 'number') return value;
  if (def.type === 'money') return String(yuanToTenThousandYuan(value));
  if (def.type === 'percent') return String(Math.round(value * 1_000_000) / 10_000);
  return value;
}

function checkValues(defs: FieldDef[], values: Record<string, FieldValue>, where: string): string[] {
  const problems: string[] = [];
  const known = new Set(defs.map((d) => d.key));
  for (const key of Object.keys(values)) if (!known.has(key)) problems.push(`${where}: unknown field ${key}`);
  for (const def of defs) {
    const value = values[def.key];
    if (value === undefined) continue;
    const parsed = parseFieldInput(def, asTyped(def, value));
    if (!parsed.ok) problems.push(`${where}.${def.key}: ${parsed.messageZh}`);
    else if (parsed.value !== value) problems.push(`${where}.${def.key}: stored ${value} reads back as ${parsed.value}`);
    if (def.type === 'area' && typeof value === 'number' && Math.round(value * 100) / 100 !== value) problems.push(`${where}.${def.key}: more than 2 decimals`);
  }
  return problems;
}

describe('demo county 青岚县', () => {
  it('is deterministic and has at least 90 parcels with unique codes', () => {
    expect(JSON.stringify(buildDemo())).toBe(JSON.stringify(demo));
    expect(parcels.length).toBeGreaterThanOrEqual(90);
    expect(new Set(parcels.map((p) => p.values.code)).size).toBe(parcels.length);
    expect(demo.countyCode).toBe('350899');
    expect(demo.jurisdictions.map((j) => j.code)).toEqual(['350000', '350800', '350899']);
    expect(demo.zones.map((z) => z.name)).toEqual(['青岚县城工业园', '岩溪工业园', '十里工业园']);
  });

  it('stores every value in the catalogue\'s units and passes the consistency checks', () => {
    const problems: string[] = [];
    for (const e of enterprises) problems.push(...checkValues(enterpriseFields, e.values, `enterprise ${e.values.name}`));
    for (const p of parcels) {
      const code = p.values.code as string;
      problems.push(...checkValues(parcelFields, p.values, code));
      if (p.contract) problems.push(...checkValues(contractFields, p.contract, `${code}.contract`));
      const years = p.years ?? [];
      years.forEach((y) => problems.push(...checkValues(yearFields, y, `${code}.years[${y.year}]`)));
      problems.push(...checkParcelConsistency(p.values).map((x) => `${code}: ${x.messageZh}`));
      if (p.contract) problems.push(...checkContractConsistency(p.contract).map((x) => `${code}: ${x.messageZh}`));
      if (!p.zoneName || !demo.zones.some((z) => z.name === p.zoneName)) problems.push(`${code}: unknown zone`);
      if (!enterpriseByUscc.has(p.enterpriseUscc!)) problems.push(`${code}: enterprise not in the batch`);
      for (const y of years) {
        if ((y.year as number) < 2019 || (y.year as number) > 2025) problems.push(`${code}: year ${y.year}`);
        if ((y.landUseTax_yuan as number) + (y.propertyTax_yuan as number) > (y.taxDue_yuan as number)) problems.push(`${code}: breakdown above the tax due`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every enterprise a well-formed credit code; only the deliberate ones fail the check character', () => {
    const warned: string[] = [];
    for (const e of enterprises) {
      const r = checkUscc(e.values.uscc as string);
      expect(r.ok, String(e.values.uscc)).toBe(true);
      expect(String(e.values.uscc).startsWith('91350899')).toBe(true);
      if (r.ok && r.warningsZh.length > 0) warned.push(r.normalized);
    }
    const deliberate = parcels.filter((p) => demo.situations.USCC_CHECK_WARNING.includes(p.values.code as string)).map((p) => p.enterpriseUscc);
    expect(warned.sort()).toEqual(deliberate.sort());
    expect(warned.length).toBe(2);
    expect(new Set(enterprises.map((e) => e.values.uscc)).size).toBe(enterprises.length);
  });

  it('has a few enterprises holding two parcels', () => {
    const count = new Map<string, number>();
    for (const p of parcels) count.set(p.enterpriseUscc!, (count.get(p.enterpriseUscc!) ?? 0) + 1);
    expect([...count.values()].filter((n) => n === 2).length).toBeGreaterThanOrEqual(3);
  });

  it('draws each parcel within 1 % of its recorded area, without overlaps, inside its park — but for the deliberate faults', () => {
    // the faults the map's checks page is to show (map.ts) are checked against PostGIS in map.test.ts
    const undrawn = parcels.filter((p) => !p.geometry).map((p) => String(p.values.code));
    expect(undrawn.sort()).toEqual(Object.keys(mapFaults).filter((c) => mapFaults[c] === 'UNDRAWN').sort());
    const drawn = parcels.filter((p) => p.geometry && !mapFaults[p.values.code as string]);
    const rings = drawn.map((p) => (p.geometry as MultiPolygon).coordinates[0]![0]!);
    for (const [i, p] of drawn.entries()) {
      const area = multiPolygonAreaM2(p.geometry as MultiPolygon);
      expect(Math.abs(area / (p.values.area_m2 as number) - 1), String(p.values.code)).toBeLessThan(0.01);
      const ring = rings[i]!;
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThan(115.9);
        expect(lon).toBeLessThan(116.3);
        expect(lat).toBeGreaterThan(24.9);
        expect(lat).toBeLessThan(25.3);
      }
      const zone = demo.zones.find((z) => z.name === p.zoneName)!;
      for (const pt of ring) expect(insideConvex(pt, zone.boundary.coordinates[0]![0]!), String(p.values.code)).toBe(true);
    }
    const overlaps: string[] = [];
    for (let i = 0; i < rings.length; i++) {
      for (let j = i + 1; j < rings.length; j++) {
        if (convexOverlap(rings[i]!, rings[j]!)) overlaps.push(`${drawn[i]!.values.code} × ${drawn[j]!.values.code}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('shows every situation of DOMAIN.md §2 on at least two parcels, each labelled parcel truly in it', () => {
    for (const [situation, predicate] of Object.entries(predicates) as Array<[Situation, (p: DemoParcel) => boolean]>) {
      const labelled = demo.situations[situation] ?? [];
      expect(labelled.length, situation).toBeGreaterThanOrEqual(2);
      for (const code of labelled) {
        const p = facts.find((f) => f.values.code === code)!;
        expect(predicate(p), `${situation} ${code}`).toBeTruthy();
      }
    }
    expect(facts.filter((p) => completionOverdue(p)).length).toBeGreaterThanOrEqual(2);
    const gov = facts.filter((p) => p.values.idleCauseType === 'GOVERNMENT' && p.values.started === false);
    expect(gov.length).toBeGreaterThanOrEqual(2);
    const national = facts.filter((p) => ['ELIMINATED', 'PROHIBITED'].includes(p.enterpriseValues.catalogueClass as string));
    const park = facts.filter((p) => ['ELIMINATED', 'PROHIBITED'].includes(p.enterpriseValues.parkCatalogueClass as string));
    expect(national.length).toBeGreaterThanOrEqual(2);
    expect(park.length).toBeGreaterThanOrEqual(2);
    const closure = facts.filter((p) => ['safety', 'environment', 'fire'].some((k) => p.values[`${k}RectificationFailed`] && p.values[`${k}ClosureRequired`]));
    expect(closure.length).toBeGreaterThanOrEqual(2);
  });

  it('is mostly healthy producers, as a real county is', () => {
    const healthy = facts.filter((p) => predicates.HEALTHY!(p));
    expect(healthy.length).toBeGreaterThan(parcels.length / 2);
  });

  it('holds the "1+3+5" organisation: one HQ, three war zones for the three parks, five task forces', () => {
    const { bodies, memberships, positions } = demo.organisation;
    expect(bodies.filter((b) => b.kind === 'HQ')).toHaveLength(1);
    const zones = bodies.filter((b) => b.kind === 'WAR_ZONE');
    expect(zones.flatMap((b) => b.scope!.parkNames).sort()).toEqual(demo.zones.map((z) => z.name).sort());
    expect(bodies.filter((b) => b.kind === 'TASK_FORCE')).toHaveLength(5);
    const positionIds = new Set(positions.map((p) => p.id));
    for (const m of memberships) expect(positionIds.has(m.positionId), m.positionId).toBe(true);
  });

  const hook = '/work/shared/hooks/before-stop';
  it.skipIf(!existsSync(hook))('uses no real official\'s name from the action plans', () => {
    const names = /names='([^']+)'/.exec(readFileSync(hook, 'utf8'))![1]!.split('|');
    expect(names.length).toBeGreaterThan(50);
    const json = JSON.stringify(demo);
    expect(names.filter((n) => json.includes(n))).toEqual([]);
  });
});

type Pt = number[];
const cross = (o: Pt, a: Pt, b: Pt) => (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);

function insideConvex(pt: Pt, ring: Pt[]): boolean {
  for (let i = 0; i + 1 < ring.length; i++) if (cross(ring[i]!, ring[i + 1]!, pt) < 0) return false;
  return true;
}

/** Separating-axis test for two convex rings; touching edges do not count as overlap. */
function convexOverlap(a: Pt[], b: Pt[]): boolean {
  for (const ring of [a, b]) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const nx = -(ring[i + 1]![1]! - ring[i]![1]!);
      const ny = ring[i + 1]![0]! - ring[i]![0]!;
      const project = (r: Pt[]) => r.map((p) => p[0]! * nx + p[1]! * ny);
      const pa = project(a);
      const pb = project(b);
      const eps = 1e-12;
      if (Math.max(...pa) <= Math.min(...pb) + eps || Math.max(...pb) <= Math.min(...pa) + eps) return false;
    }
  }
  return true;
}
