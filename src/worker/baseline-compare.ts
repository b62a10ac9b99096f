/**
 * The baseline beside the open data set: a second `DataSet` loaded by the same ingest, which
 * opening other files as the incident does not replace, and the comparison of the two
 * (`compare/`). Each data set's values are counted once from its index and kept until it
 * changes (closed, or still loading); the comparison itself is kept for the pair compared, so
 * that the export and a repeated run cost nothing.
 */
import { compareExtracted, type Comparison } from '../compare/compare-data-sets';
import { compareExportText } from '../compare/compare-export';
import { extractKinds, type Extracted } from '../compare/extract-kinds';
import {
  MAX_COMPARE_ITEMS,
  type CompareExportFormat,
  type CompareResult,
  type IngestProgress,
  type OpenFile,
  type OpenOptions,
} from '../protocol/messages';
import { DataSet } from './data-set';
import { loadDataSet } from './ingest-job';

interface Compared {
  readonly incident: DataSet;
  readonly baseline: DataSet;
  readonly comparison: Comparison;
  readonly elapsedMs: number;
}

/** A data set that is done loading (whole, or up to the error that stopped it). */
function isLoaded(data: DataSet): boolean {
  return data.state === 'ready' || (data.state === 'error' && data.index.count > 0);
}

export class BaselineCompare {
  private baseline = new DataSet(0);
  private readonly extracted = new WeakMap<DataSet, Extracted>();
  private compared: Compared | undefined;

  constructor(private readonly publish: (progress: IngestProgress) => void) {}

  async open(files: readonly OpenFile[], options: OpenOptions = {}): Promise<IngestProgress> {
    this.baseline.close();
    const data = new DataSet(this.baseline.id + 1, files, options.maxRecords ?? Infinity);
    this.baseline = data;
    this.compared = undefined;
    await loadDataSet(data, this.publish);
    if (data.closed) return this.baseline.progress();
    data.state = data.error === undefined ? 'ready' : 'error';
    data.finishedAt = performance.now();
    const progress = data.progress();
    this.publish(progress);
    return progress;
  }

  close(): IngestProgress {
    this.baseline.close();
    this.baseline = new DataSet(this.baseline.id + 1);
    this.compared = undefined;
    return this.baseline.progress();
  }

  /** The comparison of `incident` with the baseline; undefined while either is not loaded. */
  run(incident: DataSet): CompareResult | undefined {
    const compared = this.compare(incident);
    if (compared === undefined) return undefined;
    return {
      incidentId: incident.id,
      baselineId: compared.baseline.id,
      incidentEvents: incident.index.count,
      baselineEvents: compared.baseline.index.count,
      items: compared.comparison.items.slice(0, MAX_COMPARE_ITEMS),
      totals: compared.comparison.totals,
      elapsedMs: compared.elapsedMs,
    };
  }

  export(incident: DataSet, format: CompareExportFormat): string {
    const compared = this.compare(incident);
    if (compared === undefined) throw new Error('no comparison: open a baseline first');
    return compareExportText(
      {
        items: compared.comparison.items,
        incidentEvents: incident.index.count,
        baselineEvents: compared.baseline.index.count,
      },
      format,
    );
  }

  private compare(incident: DataSet): Compared | undefined {
    const baseline = this.baseline;
    if (!isLoaded(incident) || !isLoaded(baseline)) return undefined;
    const known = this.compared;
    if (known?.incident === incident && known.baseline === baseline) return known;
    const started = performance.now();
    const comparison = compareExtracted(this.extractedOf(incident), this.extractedOf(baseline));
    this.compared = { incident, baseline, comparison, elapsedMs: performance.now() - started };
    return this.compared;
  }

  private extractedOf(data: DataSet): Extracted {
    let extracted = this.extracted.get(data);
    // A load that went on after the counting (none does once loaded) would be counted again.
    if (extracted === undefined || extracted.events !== data.index.count) {
      extracted = extractKinds(data);
      this.extracted.set(data, extracted);
    }
    return extracted;
  }
}
