/** Small helpers for building parameterised multi-row statements. */

export interface ColumnSpec {
  name: string;
  /** wraps the placeholder, e.g. for geometry: (p) => `ST_GeomFromGeoJSON(${p})` */
  wrap?: (placeholder: string) => string;
}

/** `($1, $2), ($3, $4)` for the rows, pushing their values onto `params`. */
export function valuesList(columns: ColumnSpec[], rows: unknown[][], params: unknown[]): string {
  return rows
    .map((row) => {
      const cells = columns.map((c, i) => {
        params.push(row[i]);
        const p = `$${params.length}`;
        return c.wrap ? c.wrap(p) : p;
      });
      return `(${cells.join(', ')})`;
    })
    .join(', ');
}

/** Splits rows so that one statement stays well under PostgreSQL's 65 535 parameters. */
export function chunksFor<T>(rows: T[], columnsPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(30_000 / columnsPerRow));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

export const geometryFromGeoJson = (p: string) =>
  `CASE WHEN ${p}::text IS NULL THEN NULL ELSE ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${p}::text), 4490)) END`;
