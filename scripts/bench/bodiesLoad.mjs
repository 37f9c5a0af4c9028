// node scripts/bench/bodiesLoad.mjs CONFIG.json: an autocannon run in which request i sends
// bodies[i] (a single-use token each), run as its own process. Prints autocannon's JSON result.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const { url, method, headers, bodies, connections, seconds } = JSON.parse(readFileSync(process.argv[2], "utf8"));
let next = 0;
const result = await autocannon({
  url,
  connections,
  duration: seconds,
  requests: [
    {
      method,
      headers,
      // Past the last body, requests repeat spent tokens and show up as non-2xx in the report.
      setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
    },
  ],
});
process.stdout.write(JSON.stringify(result));
