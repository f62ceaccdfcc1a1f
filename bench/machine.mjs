// How fast the machine is running right now: a fixed integer loop, timed three times.
// Shared virtual machines drift; read the other figures next to this one (bench/README.md).
import { fmt, time } from "./lib.mjs";

function loop() {
  let x = 0;
  for (let i = 0; i < 1e8; i++) x = (x + i * 7) | 0;
  return x;
}
const ms = time(loop, { runs: 3, warmup: 1 });
console.log(`machine: a fixed loop of 100,000,000 integer steps took ${fmt(ms)} ms (median of 3)`);
