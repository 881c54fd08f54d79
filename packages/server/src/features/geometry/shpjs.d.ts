// shpjs ships no types; only the parts API is used (no reprojection, our own decoding).
declare module 'shpjs' {
  export function parseShp(shp: ArrayBufferView | ArrayBuffer, prj?: string | false): Array<{ type: string; coordinates: unknown } | null>;
  export function parseDbf(dbf: ArrayBufferView | ArrayBuffer, encoding?: string): Array<Record<string, unknown>>;
}
