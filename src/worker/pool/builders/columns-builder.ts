/**
 * The index's columns of a shard (`EventIndex`: time, validity, schema, where each event
 * lives, the field columns), built by `append` as one reading would, and appended to the data
 * set's index with dictionaries re-coded and lines and ordinals shifted; validity is counted.
 */
import { EventIndex, shardBuffers, type ShardIndex } from '../../../index/event-index';
import { VALIDITY_CLASSES } from '../../../protocol/messages';
import type { IndexBuilder } from './index-builder';

export const columnsBuilder: IndexBuilder<ShardIndex> = {
  begin(extraPaths) {
    const index = new EventIndex();
    for (const path of extraPaths) index.fields.addBodyPath(path);
    return {
      event: (_key, event) => {
        index.append(0, event);
      },
      finish: () => index.exportShard(),
    };
  },
  buffers: shardBuffers,
  merge(data, part, at) {
    const missing = data.index.appendShard(part, at.sourceIndex, at.lines, at.records, at.events);
    const validity = part.validity;
    for (let k = 0; k < at.events; k++) {
      data.counts[VALIDITY_CLASSES[validity[k] as number] ?? 'invalid']++;
    }
    return missing;
  },
};
