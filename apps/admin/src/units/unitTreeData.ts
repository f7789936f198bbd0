import type { TreeNodeData } from '@mantine/core';
import type { AdministrativeUnitRootsQuery } from '@motcua/graphql-client';

/** What the tree knows of a unit: the fields both the roots and the children queries return. */
export type UnitSummary = AdministrativeUnitRootsQuery['administrativeUnitRoots'][number];

/** Children loaded so far, by parent id. A parent that is absent has not been expanded yet. */
export type ChildrenByParent = Readonly<Record<string, readonly UnitSummary[]>>;

/**
 * Builds Mantine Tree data from the roots and the children loaded so far. A unit whose children
 * are not loaded yet says `hasChildren` (from `childCount`), so the tree shows an expander and
 * asks for them on first expand.
 */
export function buildUnitTree(units: readonly UnitSummary[], childrenByParent: ChildrenByParent): TreeNodeData[] {
  return units.map((unit) => {
    const loaded = childrenByParent[unit.id];
    const node: TreeNodeData = { value: unit.id, label: unit.name };
    if (loaded) node.children = buildUnitTree(loaded, childrenByParent);
    else if (unit.childCount > 0) node.hasChildren = true;
    return node;
  });
}

/** Every unit the tree has seen, by id, to turn a selected node back into a unit. */
export function indexUnits(
  roots: readonly UnitSummary[],
  childrenByParent: ChildrenByParent,
): Map<string, UnitSummary> {
  const byId = new Map<string, UnitSummary>();
  for (const unit of roots) byId.set(unit.id, unit);
  for (const children of Object.values(childrenByParent)) {
    for (const unit of children) byId.set(unit.id, unit);
  }
  return byId;
}
