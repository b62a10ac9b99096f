/** Places looked at, in order, after the CHROMIUM_PATH environment variable. */
export declare const CHROMIUM_CANDIDATES: readonly string[];

/** Returns the path of the first executable Chromium found (CHROMIUM_PATH first), or undefined. */
export declare function findChromium(): string | undefined;

/** Flags every launch of the system Chromium needs here. */
export declare const CHROMIUM_ARGS: readonly string[];
