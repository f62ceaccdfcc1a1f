import fc from "fast-check";

// Property tests run with a fixed seed so a failure reproduces; fast-check prints the
// seed and the shrunk counterexample. PROPERTY_SEED overrides it to explore further.
fc.configureGlobal({ seed: Number(process.env["PROPERTY_SEED"] ?? 20261123), numRuns: Number(process.env["PROPERTY_RUNS"] ?? 200) });
