import { fullFormats } from 'ajv-formats/dist/formats';
import { describe, expect, it } from 'vitest';
import { isDateTime } from './formats';

const reference = fullFormats['date-time'] as
  { validate: (s: string) => boolean } | ((s: string) => boolean);
const refCheck = typeof reference === 'function' ? reference : reference.validate;

const samples = [
  '2026-11-20T10:15:03Z',
  '2026-11-20T10:15:03.123456789Z',
  '2026-11-20t10:15:03z',
  '2026-11-20 10:15:03Z',
  '2026-11-20T10:15:03+02:00',
  '2026-11-20T10:15:03.5-11:30',
  '2024-02-29T00:00:00Z',
  '2023-02-29T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-04-31T00:00:00Z',
  '2026-11-20T24:00:00Z',
  '2026-11-20T23:60:00Z',
  '2026-11-20T23:59:60Z',
  '2026-11-20T10:15:03',
  '2026-11-20T10:15:03.Z',
  '2026-11-20T10:15:03+0200',
  '2026-11-20T10:15:03+02',
  '2026-11-20T10:15:03+02:0',
  '2026-11-20T10:15:03+24:00',
  '2026-11-20T10:15:03+02:60',
  '2026-11-20',
  'yesterday',
  '',
  '2026-11-20T10:15:03Zjunk',
  '０２６-11-20T10:15:03Z',
];

describe('isDateTime', () => {
  it.each(samples)('agrees with the standard format on %j', (s) => {
    expect(isDateTime(s)).toBe(refCheck(s));
  });
});
