/**
 * "Map" and "Table" beside each other over the stage. The map stays mounted
 * while the table shows (hidden, keeping its box), so the renderer and its
 * layout are never rebuilt; the table is mounted only while it is shown.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { panelId, tabId, Tabs } from './Tabs';
import { TableView } from './TableView';
import { useShowFromTable } from './useShowFromTable';

export type StageTab = 'map' | 'table';

const TABS = [
  { id: 'map', label: 'Map' },
  { id: 'table', label: 'Table' },
] as const;

const BASE = 'stage';

export function useStageTab() {
  const [tab, setTab] = useState<StageTab>('map');
  return { tab, setTab };
}

export function StageTabs({
  state: { tab, setTab },
  enabled,
  children,
}: {
  state: ReturnType<typeof useStageTab>;
  /** False while nothing is loaded: the map (or its placeholder) alone. */
  enabled: boolean;
  /** The map and what is drawn over it. */
  children: ReactNode;
}) {
  const toMap = useCallback(() => setTab('map'), [setTab]);
  const onShow = useShowFromTable(toMap);
  if (!enabled) return <div className="stage-map">{children}</div>;
  const table = tab === 'table';
  return (
    <>
      <Tabs
        base={BASE}
        label="View as"
        className="stage-tabs"
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
      />
      <div
        className="stage-map"
        role="tabpanel"
        id={panelId(BASE, 'map')}
        aria-labelledby={tabId(BASE, 'map')}
        hidden={table}
      >
        {children}
      </div>
      {/* Always there (so the tab controls something), filled only while shown. */}
      <div
        className="stage-table"
        role="tabpanel"
        id={panelId(BASE, 'table')}
        aria-labelledby={tabId(BASE, 'table')}
        hidden={!table}
      >
        {table && <TableView onShow={onShow} />}
      </div>
    </>
  );
}
