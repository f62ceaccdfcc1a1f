/** Builds the officers' page into site/dist/index.html and returns its HTML. */
export declare function buildSite(): Promise<string>;

/** How the page's script is bundled (esbuild options). */
export declare const PAGE_SCRIPT: import("esbuild").BuildOptions;

/** The esbuild plugin that leaves zod's JSON Schema writer out of the page. */
export declare const withoutJsonSchema: import("esbuild").Plugin;

/** The esbuild plugin that leaves zod's English messages out of the page. */
export declare const withoutZodLocale: import("esbuild").Plugin;
