/** Types for bundle-self-check.mjs (plain JavaScript, so that server/build.mjs can import it). */
export function bundleSelfCheck(options: { outfile: string; entry?: string }): Promise<null>;
export function bundleSelfCheck(options?: { entry?: string }): Promise<string>;
