import type { EnterpriseRecord, LedgerBatch, ParcelRecord } from '@panhuo/domain';
import { COUNTY_CODE, jurisdictions, parkKeys, parks, type DemoJurisdiction } from './county.ts';
import type { Ctx } from './context.ts';
import { EnterpriseFactory } from './enterprises.ts';
import { layoutParkWith, type MultiPolygon } from './geometry.ts';
import { demoMapSettings, footprintsOf, mapFaults, measuredCodes, type DemoFootprint } from './map.ts';
import { organisation, type Organisation } from './organisation.ts';
import { writeYears } from './parcel-builder.ts';
import { Random } from './random.ts';
import { draftCounty } from './scenarios.ts';
import type { Situation } from './situations.ts';

export interface DemoZone {
  jurisdictionCode: string;
  name: string;
  kind: 'PARK';
  boundary: MultiPolygon;
}

export interface DemoData {
  jurisdictions: DemoJurisdiction[];
  zones: DemoZone[];
  countyCode: typeof COUNTY_CODE;
  batch: LedgerBatch;
  organisation: Organisation;
  /** which parcel codes show which situation, for tests and walkthroughs */
  situations: Record<Situation, string[]>;
  /** building footprints of the parcels where something is built (map.ts) */
  footprints: DemoFootprint[];
  mapSettings: typeof demoMapSettings;
  /** parcels whose site facts are measured from the footprints when the demo loads */
  measuredCodes: readonly string[];
}

const SEED = 0x350899;

/** The whole demo county as data. Pure and deterministic: the same result on every call. */
export function buildDemo(): DemoData {
  const rng = new Random(SEED);
  let contracts = 0;
  const ctx: Ctx = { rng, enterprises: new EnterpriseFactory(rng), nextContractSerial: () => ++contracts };
  const drafts = draftCounty(ctx);
  for (const d of drafts) writeYears(rng, d);

  const zones: DemoZone[] = [];
  const parcels: ParcelRecord[] = [];
  const enterprises = new Map<string, EnterpriseRecord>();
  const situations = {} as Record<Situation, string[]>;
  const footprints: DemoFootprint[] = [];

  for (const key of parkKeys) {
    const park = parks[key];
    const inPark = drafts
      .filter((d) => d.park === key)
      .sort((a, b) => (a.values.acquisitionDate as string).localeCompare(b.values.acquisitionDate as string));
    const codeOf = (i: number) => `${park.codePrefix}-${String(i + 1).padStart(3, '0')}`;
    const layout = layoutParkWith(
      park.plan,
      inPark.map((d, i) => {
        const fault = mapFaults[codeOf(i)];
        return { areaM2: d.values.area_m2 as number, ...(typeof fault === 'object' ? fault : {}) };
      }),
    );
    zones.push({ jurisdictionCode: COUNTY_CODE, name: park.name, kind: 'PARK', boundary: layout.boundary });
    const houseNumbers = new Map<string, number>();
    inPark.forEach((d, i) => {
      const seq = i + 1;
      const code = codeOf(i);
      const { road, geometry, local } = layout.parcels[i]!;
      const number = (houseNumbers.get(road) ?? -1) + 2;
      houseNumbers.set(road, number);
      const location = `${park.name}${road}${number}号`;
      const ent = d.enterprise.values;
      if (!ent.address) ent.address = `青岚县${park.town}${location}`;
      const uscc = ent.uscc as string;
      if (!enterprises.has(uscc)) enterprises.set(uscc, { values: ent });
      parcels.push({
        values: {
          code,
          name: `${d.projectName}用地`,
          unitNumber: `${COUNTY_CODE}${park.cadastralDistrict}GB${String(seq).padStart(5, '0')}W00000000`,
          location,
          ...d.values,
        },
        zoneName: park.name,
        enterpriseUscc: uscc,
        enterpriseName: ent.name as string,
        contract: d.contract,
        years: d.years,
        ...(mapFaults[code] === 'UNDRAWN' ? {} : { geometry }),
      });
      if (mapFaults[code] !== 'UNDRAWN') footprints.push(...footprintsOf(park.plan, code, local, d.values));
      for (const s of d.situations as Situation[]) (situations[s] ??= []).push(code);
    });
  }

  return {
    jurisdictions,
    zones,
    countyCode: COUNTY_CODE,
    batch: { enterprises: [...enterprises.values()], parcels },
    organisation,
    situations,
    footprints,
    mapSettings: demoMapSettings,
    measuredCodes,
  };
}
