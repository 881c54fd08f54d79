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

/** Splits rows so that one statement stays under 30 000 parameters (PGlite fails above 32 767). */
export function chunksFor<T>(rows: T[], columnsPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(30_000 / columnsPerRow));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

export const geometryFromGeoJson = (p: string) =>
  `CASE WHEN ${p}::text IS NULL THEN NULL ELSE ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${p}::text), 4490)) END`;

export interface JsonColumn {
  name: string;
  /** SQL type the JSON value is read as */
  type: string;
  /** wraps the value read, e.g. to turn GeoJSON text into a geometry */
  wrap?: (value: string) => string;
}

/**
 * Inserts many rows as one JSON parameter per statement (`json_to_recordset`): far
 * fewer bind parameters than a multi-row VALUES list, which keeps big imports fast and
 * stays clear of PGlite's limit of 32 767 parameters per statement.
 */
export async function insertJsonRows(
  tx: { query(sql: string, params?: readonly unknown[]): Promise<unknown> },
  table: string,
  columns: JsonColumn[],
  rows: unknown[][],
  onConflict = '',
  rowsPerStatement = 5_000,
): Promise<void> {
  const names = columns.map((c) => c.name).join(', ');
  const recordType = columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const select = columns.map((c) => (c.wrap ? c.wrap(`r.${c.name}`) : `r.${c.name}`)).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT ${select} FROM json_to_recordset($1::json) AS r(${recordType}) ${onConflict}`;
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    const objects = rows.slice(i, i + rowsPerStatement).map((row) => {
      const o: Record<string, unknown> = {};
      columns.forEach((c, k) => (o[c.name] = row[k] ?? null));
      return o;
    });
    await tx.query(sql, [JSON.stringify(objects)]);
  }
}

/** The SQL type a catalogue field is stored as. */
export function sqlTypeOf(fieldType: string): string {
  switch (fieldType) {
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'integer';
    case 'area':
    case 'money':
    case 'decimal':
    case 'percent':
      return 'numeric';
    default:
      return 'text';
  }
}
