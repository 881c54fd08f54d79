/**
 * The county and rule set a page is about, kept in the URL (`?county=&ruleSet=`): the
 * counties in the user's scope and, for the chosen county, the rule sets it runs.
 */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { getJurisdictionRuleSets, listRuleSets, listRuns } from '../../api/identification.ts';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useRemote } from '../../hooks/useRemote.ts';

export function useRuleSetChoice() {
  const [params, setParams] = useSearchParams();
  const jurisdictions = useJurisdictions();
  const ruleSets = useRemote((signal) => listRuleSets(signal), []);
  const counties = jurisdictions.counties;
  const requestedCounty = params.get('county');
  const county = counties.find((c) => c.code === requestedCounty)?.code ?? counties[0]?.code;
  const chosen = useRemote(
    (signal) => (county ? getJurisdictionRuleSets(county, signal) : Promise.resolve([] as string[])),
    [county],
  );
  // a county that has not chosen yet sees every rule set, with a note saying so
  const unconfigured = chosen.data !== undefined && chosen.data.length === 0;
  const available = useMemo(
    () => (ruleSets.data ?? []).filter((r) => unconfigured || (chosen.data ?? []).includes(r.id)),
    [ruleSets.data, chosen.data, unconfigured],
  );
  // without a choice in the URL: the rule set of the county's latest run, else its first
  const latest = useRemote(
    (signal) => (county ? listRuns(county, undefined, signal).then((runs) => runs[0]?.ruleSetId ?? null) : Promise.resolve(null)),
    [county],
  );
  const requestedRuleSet = params.get('ruleSet');
  const waitingForLatest = latest.data === undefined && !latest.error;
  const ruleSet =
    available.find((r) => r.id === requestedRuleSet) ??
    (waitingForLatest ? undefined : (available.find((r) => r.id === latest.data) ?? available[0]));

  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  return {
    params,
    set,
    counties,
    county,
    ruleSets: available,
    allRuleSets: ruleSets.data ?? [],
    ruleSet,
    unconfigured,
    loading: jurisdictions.loading || ruleSets.loading || chosen.loading || latest.loading,
    error: jurisdictions.error ?? ruleSets.error ?? chosen.error,
    reload: () => {
      jurisdictions.reload();
      ruleSets.reload();
      chosen.reload();
    },
  };
}

export type RuleSetChoice = ReturnType<typeof useRuleSetChoice>;
