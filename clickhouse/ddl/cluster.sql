-- Tables of the CWS Event Explorer on a ClickHouse cluster: the columns of single.sql (keep the
-- two files in step: a test compares them), stored in replicated `*_local` tables on every
-- shard, and read and written through `Distributed` tables with the names the explorer and the
-- loader use (`events`, `problems`, `sources`). The macros {cluster}, {shard} and {replica} come
-- from each server's configuration. Run once, on any node, in the database the explorer uses:
--
--   clickhouse-client --database cws --multiquery < clickhouse/ddl/cluster.sql
--
-- then load through any node (`npm run clickhouse:load -- --url http://node:8123 …`): the
-- loader finds the tables and inserts into the Distributed ones. Events are spread over the
-- shards by event id; problems and sources by file. A load cut off mid-file is cleared by hand
-- on a cluster (`DELETE FROM events_local ON CLUSTER '{cluster}' WHERE source_fingerprint = …`):
-- the loader's own clean-up runs `DELETE FROM events`, which a Distributed table refuses.

-- Events (see single.sql for what each column holds).
CREATE TABLE IF NOT EXISTS events_local ON CLUSTER '{cluster}'
(
    event_id String,
    source_path LowCardinality(String),
    source_fingerprint LowCardinality(String),
    ordinal UInt64,
    line UInt64,
    byte_offset UInt64,
    timed UInt8,
    time_ms Int64,
    validity LowCardinality(String),
    schema LowCardinality(String),
    schema_best_fit UInt8,
    findings String CODEC(ZSTD(3)),
    evt_name LowCardinality(String),
    evt_category LowCardinality(String),
    evt_outcome LowCardinality(String),
    process_name LowCardinality(String),
    pid Int64,
    executable String,
    target String,
    user LowCardinality(String),
    container LowCardinality(String),
    host LowCardinality(String),
    env_host LowCardinality(String),
    env_service LowCardinality(String),
    env_source LowCardinality(String),
    env_status LowCardinality(String),
    tags Array(String),
    process_key String,
    parent_key String,
    lineage Array(String),
    attr_paths Array(LowCardinality(String)),
    attr_values Array(String),
    attr_kinds Array(UInt8),
    ix_mask Array(UInt8) MATERIALIZED arrayMap(p -> has([
        'evt.name', 'evt.category', 'evt.outcome', 'agent.rule_id', 'process.pid',
        'process.comm', 'process.executable.path', 'process.user', 'process.container.id',
        'process.parent.executable.path', 'usr.id', 'container.id', 'file.path',
        'file.destination.path', 'file.flags', 'network.source.ip', 'network.destination.ip',
        'network.destination.port', 'dns.question.name', 'hostname', 'service', 'title',
        'connect.addr.ip', 'connect.addr.port', 'accept.addr.ip', 'accept.addr.port',
        'bind.addr.ip', 'bind.addr.port', 'imds.cloud_provider', 'imds.url',
        'network_flow_monitor.flows.source.ip', 'network_flow_monitor.flows.destination.ip',
        'capabilities.caps_used', 'capabilities.caps_attempted', 'sysctl.name',
        'registry.key_path'
    ], p), attr_paths),
    ix_paths Array(LowCardinality(String)) MATERIALIZED arrayFilter((p, m) -> m, attr_paths, ix_mask),
    ix_values Array(String) MATERIALIZED arrayFilter((v, m) -> m, attr_values, ix_mask),
    ix_kinds Array(UInt8) MATERIALIZED arrayFilter((k, m) -> m, attr_kinds, ix_mask),
    free_text Array(String),
    body String CODEC(ZSTD(3)),
    envelope String CODEC(ZSTD(3)),
    raw String CODEC(ZSTD(3)),
    INDEX event_id_bloom event_id TYPE bloom_filter GRANULARITY 4,
    INDEX process_key_bloom process_key TYPE bloom_filter GRANULARITY 4,
    INDEX lineage_bloom lineage TYPE bloom_filter GRANULARITY 4
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/events_local', '{replica}')
ORDER BY (timed, time_ms, source_path, ordinal);

CREATE TABLE IF NOT EXISTS events ON CLUSTER '{cluster}' AS events_local
ENGINE = Distributed('{cluster}', currentDatabase(), events_local, cityHash64(event_id));

-- Records that could not be read as events.
CREATE TABLE IF NOT EXISTS problems_local ON CLUSTER '{cluster}'
(
    source_path LowCardinality(String),
    source_fingerprint LowCardinality(String),
    line UInt64,
    byte_offset UInt64,
    kind LowCardinality(String),
    message String,
    excerpt String
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/problems_local', '{replica}')
ORDER BY (source_path, line);

CREATE TABLE IF NOT EXISTS problems ON CLUSTER '{cluster}' AS problems_local
ENGINE = Distributed('{cluster}', currentDatabase(), problems_local, cityHash64(source_fingerprint));

-- One row per loaded file; a file's row lives on one shard (by fingerprint), where the
-- replacing merge keeps one of its rows.
CREATE TABLE IF NOT EXISTS sources_local ON CLUSTER '{cluster}'
(
    source_fingerprint String,
    source_path String,
    bytes UInt64,
    events UInt64,
    problems UInt64,
    loaded_at DateTime64(3, 'UTC')
)
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/sources_local', '{replica}', loaded_at)
ORDER BY source_fingerprint;

CREATE TABLE IF NOT EXISTS sources ON CLUSTER '{cluster}' AS sources_local
ENGINE = Distributed('{cluster}', currentDatabase(), sources_local, cityHash64(source_fingerprint));
