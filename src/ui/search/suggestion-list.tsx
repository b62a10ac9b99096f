/**
 * The listbox of a combobox: fields (with type, description and a mark for indexed fields)
 * or values (with their counts). Options are picked with a click; the pointer press does not
 * take focus from the input. Values are log content: shown as visible text only.
 */
import { formatInt } from '../../lib/format';
import { visibleText, visibleTitle } from '../../lib/visible-text';

export interface Suggestion {
  /** What accepting it inserts: a field in query syntax or a raw value. */
  readonly insert: string;
  readonly kind: 'field' | 'value';
  /** Fields: type and description. */
  readonly type?: string;
  readonly description?: string;
  readonly isIndexed?: boolean;
  /** Values: matching events in the current view. */
  readonly count?: number;
}

interface SuggestionListProps {
  readonly id: string;
  readonly label: string;
  readonly items: readonly Suggestion[];
  readonly active: number;
  readonly onPick: (item: Suggestion) => void;
  readonly onHover: (index: number) => void;
  /** A quiet last line (how many more matched, why there is no value list). */
  readonly footer?: string | undefined;
}

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

function FieldOption({ item }: { readonly item: Suggestion }) {
  return (
    <>
      <span className="suggestion-main mono">{item.insert}</span>
      {item.isIndexed === true && (
        <span className="suggestion-fast" title="Indexed: answered at once">
          indexed
        </span>
      )}
      <span className="suggestion-type">{item.type}</span>
      <span className="suggestion-detail">{item.description}</span>
    </>
  );
}

function ValueOption({ item }: { readonly item: Suggestion }) {
  const text = visibleText(item.insert, 200);
  return (
    <>
      <span className="suggestion-main mono" title={visibleTitle(item.insert)}>
        {item.insert === '' ? <span className="dim">(empty)</span> : text.text}
        {text.truncated && '…'}
      </span>
      <span className="suggestion-count">{formatInt(item.count ?? 0)}</span>
    </>
  );
}

export function SuggestionList(props: SuggestionListProps) {
  const { id, label, items, active, onPick, onHover, footer } = props;
  return (
    <div className="suggestions">
      <ul id={id} className="suggestion-list" role="listbox" aria-label={label}>
        {items.map((item, index) => (
          <li
            key={`${item.kind}:${item.insert}`}
            id={optionId(id, index)}
            className="suggestion"
            role="option"
            aria-selected={index === active}
            data-testid="suggestion"
            data-kind={item.kind}
            data-value={item.insert}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => {
              if (index !== active) onHover(index);
            }}
            onClick={() => onPick(item)}
          >
            {item.kind === 'field' ? <FieldOption item={item} /> : <ValueOption item={item} />}
          </li>
        ))}
      </ul>
      {footer !== undefined && <p className="suggestion-footer">{footer}</p>}
    </div>
  );
}
