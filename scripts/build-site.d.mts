/** Builds the officers' page into site/dist/index.html and returns its HTML. */
export declare function buildSite(): Promise<string>;
