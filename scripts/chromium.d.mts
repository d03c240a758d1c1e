// Types of scripts/chromium.mjs for the TypeScript that imports it (tests/e2e/servers.ts).
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(): string | undefined;
