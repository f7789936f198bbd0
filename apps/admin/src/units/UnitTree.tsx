import type { KeyboardEvent } from 'react';
import { Anchor, Loader, Text, Tree, useTree } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChevronIcon, EmptyResult, LoadErrorAlert, LoadingState } from '@motcua/ui';
import type { UnitTreeData } from './useUnitTreeData';
import classes from './UnitTree.module.css';

interface UnitTreeProps {
  units: UnitTreeData;
  selectedId: string | null;
  onSelectedIdChange: (unitId: string | null) => void;
}

/**
 * The administrative tree as a WAI-ARIA tree (Mantine Tree): arrows move and expand, and Enter or
 * Space does what a click does, select the unit and expand or collapse it.
 */
export function UnitTree({ units, selectedId, onSelectedIdChange }: UnitTreeProps) {
  const { t } = useTranslation();
  const { nodes, isLoading, error, retry, loadChildren } = units;
  // Controlled selection: useTree memoises its handlers, so an uncontrolled `onSelectedStateChange`
  // would keep the first render's closure; the page's state setter is stable, so this is safe.
  const tree = useTree({
    onLoadChildren: loadChildren,
    selectedState: selectedId ? [selectedId] : [],
    onSelectedStateChange: ([unitId]) => onSelectedIdChange(unitId ?? null),
  });

  if (error) return <LoadErrorAlert onRetry={retry} />;
  if (isLoading) return <LoadingState />;
  if (nodes.length === 0) return <EmptyResult title={t('units.empty')} />;

  /** Mantine expands on Space but never selects from the keyboard; make keys match the click. */
  function activateFocusedNode(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Only keys pressed on a node itself: Enter on the retry link inside a node is the link's.
    const item = event.target as HTMLElement;
    const value = item.getAttribute('role') === 'treeitem' ? item.dataset.value : undefined;
    if (!value) return;
    event.preventDefault();
    tree.select(value);
    tree.toggleExpanded(value);
  }

  return (
    <Tree
      aria-label={t('units.treeLabel')}
      className={classes.tree}
      classNames={{ label: classes.label }}
      data={nodes}
      tree={tree}
      selectOnClick
      expandOnSpace={false}
      levelOffset="md"
      onKeyDown={activateFocusedNode}
      renderNode={({ node, expanded, hasChildren, isLoading, loadError, elementProps }) => (
        <div {...elementProps}>
          {hasChildren ? (
            <ChevronIcon className={classes.chevron} data-expanded={expanded || undefined} />
          ) : (
            <span className={classes.chevronSpacer} />
          )}
          <Text component="span" size="sm" fw="inherit">
            {node.label}
          </Text>
          {isLoading && <Loader size={14} aria-hidden="true" />}
          {loadError && (
            <Text component="span" size="xs" c="red.8">
              {t('units.childrenLoadError')}{' '}
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={(event) => {
                  event.stopPropagation(); // Not a click on the node: do not collapse it.
                  void tree.loadNode(node.value);
                }}
              >
                {t('units.retry')}
              </Anchor>
            </Text>
          )}
        </div>
      )}
    />
  );
}
