export declare const EXAMPLE_REPORTS: readonly { plan: string; asOf: string; name: string }[];
