import { regions } from './reference';

export interface RegionNode {
  value: string;
  label: string;
  children?: RegionNode[];
}

/** GET /api/regions' flat list (each naming its parent's code) as the cascader's tree; leaves have no children. */
export async function regionTree(): Promise<RegionNode[]> {
  const byParent = new Map<string, RegionNode[]>();
  const nodes = new Map<string, RegionNode>();
  for (const region of await regions()) {
    const node: RegionNode = { value: region.code, label: region.name };
    nodes.set(region.code, node);
    const parent = region.parentCode ?? '';
    const siblings = byParent.get(parent) ?? [];
    siblings.push(node);
    byParent.set(parent, siblings);
  }
  for (const [code, node] of nodes) {
    const children = byParent.get(code);
    if (children) node.children = children;
  }
  return byParent.get('') ?? [];
}
