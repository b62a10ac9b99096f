-- Tables of the CWS Event Explorer on one ClickHouse server. Run in the database the explorer
-- connects to:  clickhouse-client --database cws --multiquery < clickhouse/ddl/single.sql
-- (`npm run clickhouse:load` runs this file itself before its first insert).
--
-- One row per event, written by the loader from the same ingest code as the in-tab engine, so
-- ids, validity, schema, display texts and process identity are the ones the tab computes.

-- Events: the indexed fields as typed columns, every other body leaf as (path, value, kind)
-- arrays, and the body and envelope as JSON text for the detail panes.
CREATE TABLE IF NOT EXISTS events
(
    -- Identity (DESIGN.md): the envelope id, else `<file fingerprint>:<record ordinal>`.
    event_id String,
    -- Where the event was read: the path as the tab shows it (relative to the folder given to
    -- the loader), the file's content fingerprint, the 1-based record ordinal, the 1-based line
    -- and the byte offset in the decompressed stream. (source_path, ordinal) is ingest order:
    -- the tie-break of every sort, as in the tab.
    source_path LowCardinality(String),
    source_fingerprint LowCardinality(String),
    ordinal UInt64,
    line UInt64,
    byte_offset UInt64,
    -- Epoch milliseconds; `timed` = 0 for an event without a readable time (time_ms is then 0).
    timed UInt8,
    time_ms Int64,
    -- Validation: `valid` | `drift` | `invalid`, and the schema checked against (`linux-7.71`).
    validity LowCardinality(String),
    schema LowCardinality(String),
    schema_best_fit UInt8,
    -- Findings of validation (JSON array text of the tab's `Finding` objects).
    findings String CODEC(ZSTD(3)),
    -- Table row texts, exactly as the tab's `EventRow` carries them.
    evt_name LowCardinality(String),
    evt_category LowCardinality(String),
    evt_outcome LowCardinality(String),
    process_name LowCardinality(String),
    pid Int64,                      -- -1 when absent
    executable String,
    target String,
    user LowCardinality(String),
    container LowCardinality(String),
    host LowCardinality(String),
    -- Envelope fields (`host`, `service`, `source`, `status`; '' when absent) and tags.
    env_host LowCardinality(String),
    env_service LowCardinality(String),
    env_source LowCardinality(String),
    env_status LowCardinality(String),
    tags Array(String),
    -- Process identity keys (`<host>/<pid>/<fork_time>/<exec_time>`): the event's process, its
    -- parent, and the whole chain [process, parent, ancestors…] ('' entries never appear).
    process_key String,
    parent_key String,
    lineage Array(String),
    -- Every leaf of the body: attr_paths[i] is its dotted path with array levels left out
    -- (`process.ancestors.comm`), attr_values[i] its text (numbers as JSON writes them,
    -- booleans `true`/`false`, null ''), attr_kinds[i] 0 string, 1 number, 2 boolean, 3 null.
    attr_paths Array(LowCardinality(String)),
    attr_values Array(String),
    attr_kinds Array(UInt8),
    -- The leaves of the indexed body paths (src/query/indexed-fields.ts INDEXED_BODY_PATHS, in
    -- step with it: a test compares them), picked from the arrays above at insert: queries,
    -- facets and sorts on those fields read these short arrays instead of every leaf. (The mask
    -- is stored, not an ALIAS: mutations such as the loader's DELETE recompute from stored
    -- columns only.)
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
    -- The texts free text searches (the string values of the tab's FREE_TEXT_FIELDS), lowered.
    free_text Array(String),
    -- The record: body and envelope as compact JSON text, and the raw record as read.
    body String CODEC(ZSTD(3)),
    envelope String CODEC(ZSTD(3)),
    raw String CODEC(ZSTD(3)),
    INDEX event_id_bloom event_id TYPE bloom_filter GRANULARITY 4,
    INDEX process_key_bloom process_key TYPE bloom_filter GRANULARITY 4,
    INDEX lineage_bloom lineage TYPE bloom_filter GRANULARITY 4
)
ENGINE = MergeTree
ORDER BY (timed, time_ms, source_path, ordinal);

-- Records that could not be read as events (the tab's Problems list).
CREATE TABLE IF NOT EXISTS problems
(
    source_path LowCardinality(String),
    source_fingerprint LowCardinality(String),
    line UInt64,
    byte_offset UInt64,
    kind LowCardinality(String),
    message String,
    excerpt String
)
ENGINE = MergeTree
ORDER BY (source_path, line);

-- One row per loaded file, written after its last event: a file whose fingerprint is here is
-- skipped, so loading the same files twice adds nothing.
CREATE TABLE IF NOT EXISTS sources
(
    source_fingerprint String,
    source_path String,
    bytes UInt64,
    events UInt64,
    problems UInt64,
    loaded_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(loaded_at)
ORDER BY source_fingerprint;
