import type { OrgBody } from '../../api/organisation.ts';

export interface BodyNode {
  body: OrgBody;
  children: BodyNode[];
}

/**
 * The bodies as a tree (指挥部 → 办公室、战区、专班), in the API's order. A body whose
 * parent is not in the list (another jurisdiction, or none) is a root.
 */
export function bodyTree(bodies: readonly OrgBody[]): BodyNode[] {
  const nodes = new Map(bodies.map((b) => [b.id, { body: b, children: [] as BodyNode[] }]));
  const roots: BodyNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.body.parentBodyId ? nodes.get(node.body.parentBodyId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The ids of a record and everything below it (bodies or units): none of them can become its parent. */
export function selfAndBelow<T extends { id: string }>(items: readonly T[], id: string, parentOf: (item: T) => string | null): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      const parent = parentOf(item);
      if (parent && out.has(parent) && !out.has(item.id)) {
        out.add(item.id);
        grew = true;
      }
    }
  }
  return out;
}
