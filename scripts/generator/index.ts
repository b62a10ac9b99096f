/**
 * Public entry point of the event generator (pure: usable in Node, browsers and workers).
 * File writing lives in `write-output.ts` and the command line in `cli.ts`.
 */
export {
  DEFAULT_HOSTS,
  DEFAULT_START_MS,
  STORYLINE_MIN_COUNT,
  generateEvents,
  routineDayBefore,
} from './generate-events';
export { LATERAL_STEPS, STORYLINE_STEPS } from './storyline';
export type { StorylineStep } from './storyline';
export { MAX_TRACE_ID, generateBigIdEvents } from './big-ids';
export { serializeEvent, stringifyJson } from './serialize';
export { LINE_SHAPES, SHAPES, isShape, writeShape } from './shapes';
export type { ShapeName, ShapeOptions } from './shapes';
export { flattenBody } from './flatten';
export { EVENT_TYPES, MODERN_EVENT_TYPES, WINDOWS_EVENT_TYPES } from './types';
export { FLEETS } from './agents';
export type { Fleet } from './agents';
export type { CwsEvent, EventType, GenerateOptions, GeneratedEvent } from './types';
