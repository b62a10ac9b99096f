/**
 * Numbers for texts, handed out for the session in the order the texts are first seen. On a
 * ClickHouse source an event's identity is its `event_id` and a process's its identity key,
 * while the page holds numbers (`EventRow.key`, `ProcessNode.id`): a number the page holds
 * then always names the same event or process.
 */
export class SessionNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly texts: string[] = [];

  constructor(private readonly what: string) {}

  /** The number of `text`, handed out on first sight. */
  numberOf(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.texts.length;
      this.texts.push(text);
      this.numbers.set(text, n);
    }
    return n;
  }

  /** The text behind `n`; throws for a number this session never handed out. */
  textOf(n: number): string {
    const text = this.texts[n];
    if (text === undefined) throw new Error(`no ${this.what} has number ${n} on this source`);
    return text;
  }
}
