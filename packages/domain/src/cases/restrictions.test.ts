import { describe, expect, it } from 'vitest';
import { restrictionApplies, restrictionCatalogue, restrictionsFor, type RestrictedRequest } from './restrictions.ts';
import { defaultCaseSettings } from './types.ts';

describe('P-JD04 restrictions', () => {
  it('has one flag per catalogue entry with Chinese labels and default departments', () => {
    const flags = restrictionsFor(defaultCaseSettings);
    expect(flags.map((f) => f.type)).toEqual(restrictionCatalogue.map((e) => e.type));
    expect(flags).toContainEqual({ type: 'TRANSFER_LEASE_MORTGAGE_REGISTRATION', department: '自然资源局' });
    expect(flags).toContainEqual({ type: 'PREFERENTIAL_POLICY', department: '科技商务经信局、财政局' });
    expect(flags).toHaveLength(7);
  });

  it('takes the jurisdiction department names from the settings', () => {
    const flags = restrictionsFor({ restrictionDepartments: { TRANSFER_LEASE_MORTGAGE_REGISTRATION: '旌德县自然资源和规划局' } });
    expect(flags[0]).toEqual({ type: 'TRANSFER_LEASE_MORTGAGE_REGISTRATION', department: '旌德县自然资源和规划局' });
  });

  const flag = { type: 'TRANSFER_LEASE_MORTGAGE_REGISTRATION' as const, since: '2026-12-14' };
  const approved = { measureId: 'D-JD02', approvedOn: '2027-01-10' };

  it.each<[string, RestrictedRequest, boolean]>([
    ['a transfer while restricted', { kind: 'TRANSFER', on: '2027-01-05' }, true],
    ['a mortgage while restricted', { kind: 'MORTGAGE', on: '2026-12-14' }, true],
    ['a transfer before the flag', { kind: 'TRANSFER', on: '2026-12-13' }, false],
    ['a transfer executing the approved D-JD02 disposal', { kind: 'TRANSFER', on: '2027-01-15', approvedDisposal: approved }, false],
    ['the change registration of that transfer', { kind: 'CHANGE_REGISTRATION', on: '2027-01-15', approvedDisposal: approved }, false],
    ['a transfer citing a disposal approved only later', { kind: 'TRANSFER', on: '2027-01-05', approvedDisposal: approved }, true],
    ['a mortgage is not exempt by a disposal', { kind: 'MORTGAGE', on: '2027-01-15', approvedDisposal: approved }, true],
    ['a request this flag does not cover', { kind: 'EIA', on: '2027-01-05' }, false],
  ])('%s → %s', (_name, request, expected) => {
    expect(restrictionApplies(flag, request)).toBe(expected);
  });

  it('stops applying from the day it is lifted', () => {
    const lifted = { ...flag, liftedOn: '2027-06-01' };
    expect(restrictionApplies(lifted, { kind: 'TRANSFER', on: '2027-05-31' })).toBe(true);
    expect(restrictionApplies(lifted, { kind: 'TRANSFER', on: '2027-06-01' })).toBe(false);
  });

  it('duties such as tax collection block no request', () => {
    expect(restrictionApplies({ type: 'TAX_ARREARS', since: '2026-12-14' }, { kind: 'TRANSFER', on: '2027-01-05' })).toBe(false);
    expect(restrictionApplies({ type: 'EIA_SAFETY', since: '2026-12-14' }, { kind: 'SAFETY_ASSESSMENT', on: '2027-01-05' })).toBe(true);
  });
});
