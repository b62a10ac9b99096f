/**
 * Values as SECL compares them: strings, integers (`bigint`: timestamps in nanoseconds and
 * capability masks exceed 2^53), booleans and IP addresses/ranges; an operand is the list of
 * values a field or literal stands for, flagged `partial` when some could not be known.
 */
import type { IpValue } from './ip';
import { formatIp, parseIp } from './ip';

export type SeclValue = string | bigint | boolean | IpValue;

export type ValueType = 'string' | 'int' | 'bool' | 'ip' | 'any';

export interface Operand {
  readonly values: readonly SeclValue[];
  /** Some values could not be known (unknown names, values the export does not carry). */
  readonly partial: boolean;
}

export const UNKNOWN_OPERAND: Operand = { values: [], partial: true };
export const EMPTY_OPERAND: Operand = { values: [], partial: false };

export function operandOf(values: readonly SeclValue[], partial = false): Operand {
  return { values, partial };
}

export function isIpValue(value: SeclValue): value is IpValue {
  return typeof value === 'object';
}

export function typeOfValue(value: SeclValue): Exclude<ValueType, 'any'> {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'boolean') return 'bool';
  return 'ip';
}

/** An integer from JSON (a whole number, or decimal / hex text). */
export function jsonToInt(value: unknown): bigint | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : undefined;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return BigInt(value.trim());
  if (typeof value === 'string' && /^0x[0-9a-fA-F]+$/.test(value.trim())) {
    return BigInt(value.trim());
  }
  return undefined;
}

export function jsonToString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

export function jsonToBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return undefined;
}

export function jsonToIp(value: unknown): IpValue | undefined {
  return typeof value === 'string' ? parseIp(value) : undefined;
}

/** A JSON value of unknown type (variables) as the SECL value it reads as. */
export function jsonToAny(value: unknown): SeclValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return jsonToInt(value);
}

/** A value for display and structured cloning: integers as numbers when exact, else text. */
export function displayValue(value: SeclValue): string | number | boolean {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (typeof value === 'object') return formatIp(value);
  return value;
}

export function displayOperand(operand: Operand): unknown {
  if (operand.values.length === 0) return operand.partial ? undefined : [];
  if (operand.values.length === 1) return displayValue(operand.values[0] as SeclValue);
  return operand.values.map(displayValue);
}
