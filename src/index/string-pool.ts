/**
 * Dictionary encoding for string columns: each distinct string gets a small integer code.
 * Code 0 is reserved for "absent" and decodes to the empty string.
 */
export class StringPool {
  private readonly codes = new Map<string, number>();
  private readonly stringsByCode: string[] = [''];
  private bytes = 0;

  encode(value: string | undefined): number {
    if (value === undefined || value === '') return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.stringsByCode.length;
      this.stringsByCode.push(value);
      this.codes.set(value, code);
      // Rough heap cost: the string, its map entry and the array slot.
      this.bytes += value.length * 2 + 48;
    }
    return code;
  }

  decode(code: number): string {
    return this.stringsByCode[code] ?? '';
  }

  /** Distinct strings by code (code 0 is the empty "absent" string). */
  get strings(): readonly string[] {
    return this.stringsByCode;
  }

  get size(): number {
    return this.stringsByCode.length - 1;
  }

  get estimatedBytes(): number {
    return this.bytes;
  }
}
