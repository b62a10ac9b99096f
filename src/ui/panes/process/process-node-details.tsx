/**
 * What the tree says about the chosen process: identity, command line, user, container,
 * fork / exec / exit times and counts, with the pivots to its events, to its events and its
 * descendants', and to its container's, and its family as full-width lanes.
 */
import type { ReactNode } from 'react';
import { formatCount, formatInt } from '../../../lib/format';
import { visibleText } from '../../../lib/visible-text';
import type { ProcessNode } from '../../../protocol/messages';
import { containerQuery, processEventsQuery, processSubtreeQuery } from '../../../query/pivots';
import { PivotBar, PivotButton } from '../../common/pivot-button';
import { OpenFullWidthLanes } from '../../lanes/lanes-view-toggle';

function Row({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function ProcessNodeDetails({ node }: { readonly node: ProcessNode }) {
  const commandLine = [node.executable, ...node.args].filter((s) => s !== '').join(' ');
  return (
    <div className="pt-details" data-testid="process-node-details" data-pid={node.pid}>
      <PivotBar label="Show events of">
        <PivotButton query={processEventsQuery(node.key)}>
          this process ({formatInt(node.ownEvents)})
        </PivotButton>
        <PivotButton query={processSubtreeQuery(node.key)}>
          it and its descendants ({formatInt(node.subtreeEvents)})
        </PivotButton>
        {node.containerId !== '' && (
          <PivotButton query={containerQuery(node.containerId)}>its container</PivotButton>
        )}
      </PivotBar>
      <OpenFullWidthLanes processKey={node.key} label="Lanes of its family, full width" />
      <dl className="pt-facts">
        <Row label="Command">
          <span className="ev-mono">{visibleText(commandLine, 2000).text}</span>
          {node.argsTruncated && (
            <span
              className="ev-marker ev-marker--warning"
              data-testid="quality-marker"
              data-kind="args-truncated"
            >
              truncated
            </span>
          )}
        </Row>
        <Row label="PID">
          {node.pid}
          {node.ppid !== undefined && <span className="pt-dim"> ppid {node.ppid}</span>}
          {node.ppid !== undefined && node.parentId === undefined && (
            <span className="pt-dim"> (parent not in the loaded events)</span>
          )}
        </Row>
        {(node.user !== '' || node.uid !== undefined) && (
          <Row label="User">
            {visibleText(node.user, 80).text}
            {node.uid !== undefined && <span className="pt-dim"> uid {node.uid}</span>}
          </Row>
        )}
        {node.host !== '' && <Row label="Host">{visibleText(node.host, 120).text}</Row>}
        {node.containerId !== '' && (
          <Row label="Container">
            <span className="ev-mono">{visibleText(node.containerId, 80).text}</span>
          </Row>
        )}
        {node.forkTime !== '' && <Row label="Forked">{visibleText(node.forkTime, 60).text}</Row>}
        {node.execTime !== '' && <Row label="Exec'd">{visibleText(node.execTime, 60).text}</Row>}
        {node.exitTime !== '' && <Row label="Exited">{visibleText(node.exitTime, 60).text}</Row>}
        <Row label="Below">
          {formatCount(node.childCount, 'child', 'children')},{' '}
          {formatCount(node.descendantCount, 'descendant')}
        </Row>
      </dl>
    </div>
  );
}
