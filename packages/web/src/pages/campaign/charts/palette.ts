/** Colours shared by the charts and the tables beside them, so a legend reads the same everywhere. */
export const palette = {
  target: '#b8c7c2',
  achieved: '#1f6f5c',
  cumulativeTarget: '#8c8c8c',
  cumulativeAchieved: '#d48806',
  advanced: '#389e0d',
  lagging: '#cf1322',
  normal: '#5b8ff9',
  stage: '#2f9b7f',
} as const;
