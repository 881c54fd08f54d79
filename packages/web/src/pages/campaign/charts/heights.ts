/** Chart heights, known before ECharts loads so that the page does not jump when it arrives. */
const rows = (n: number) => Math.max(160, n * 34 + 24);

export const chartHeights = {
  period: 320,
  warZone: 320,
  unit: rows,
  stage: rows,
};
