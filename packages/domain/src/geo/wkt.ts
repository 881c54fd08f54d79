/**
 * A tiny reader for WKT 1 (OGC and ESRI flavours) as found in a shapefile's .prj:
 * `KEYWORD["name", child[…], 1.0, …]`. Only the tree is built; the meaning is read
 * by prj.ts.
 */
export interface WktNode {
  keyword: string;
  /** quoted strings and numbers, in order */
  values: Array<string | number>;
  children: WktNode[];
}

export class WktError extends Error {}

export function parseWkt(text: string): WktNode {
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const node = (): WktNode => {
    skip();
    const start = i;
    while (i < text.length && /[A-Za-z0-9_]/.test(text[i]!)) i++;
    const keyword = text.slice(start, i).toUpperCase();
    if (!keyword) throw new WktError(`WKT: keyword expected at ${start}`);
    skip();
    const open = text[i];
    if (open !== '[' && open !== '(') return { keyword, values: [], children: [] };
    const close = open === '[' ? ']' : ')';
    i++;
    const out: WktNode = { keyword, values: [], children: [] };
    for (;;) {
      skip();
      const c = text[i];
      if (c === undefined) throw new WktError('WKT: unexpected end');
      if (c === close) {
        i++;
        return out;
      }
      if (c === ',') {
        i++;
        continue;
      }
      if (c === '"') {
        const end = text.indexOf('"', i + 1);
        if (end < 0) throw new WktError('WKT: unterminated string');
        out.values.push(text.slice(i + 1, end));
        i = end + 1;
      } else if (/[-+.\d]/.test(c)) {
        const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(i));
        if (!m) throw new WktError(`WKT: number expected at ${i}`);
        out.values.push(Number(m[0]));
        i += m[0].length;
      } else {
        out.children.push(node());
      }
    }
  };
  const root = node();
  skip();
  if (i < text.length) throw new WktError('WKT: trailing text');
  return root;
}

export const childOf = (n: WktNode | undefined, keyword: string): WktNode | undefined =>
  n?.children.find((c) => c.keyword === keyword);

export const nameOf = (n: WktNode | undefined): string => (typeof n?.values[0] === 'string' ? n.values[0] : '');
