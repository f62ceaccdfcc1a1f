/** Builds the officers' page into site/dist/index.html and returns its HTML. */
export declare function buildSite(): Promise<string>;

/** How the page's script is bundled (esbuild options). */
export declare const PAGE_SCRIPT: import("esbuild").BuildOptions;
