// What the benchmark measures: the scenarios, in the order they run (each floor right before
// what is compared with it), and how each one's load is made.
import * as fixtures from "./fixtures.mjs";
import { runBodiesLoad, runFixedLoad, summarize } from "./load.mjs";

export const SCENARIOS = [
  { name: "empty", label: "empty worker (204)", server: "empty" },
  { name: "createFloor", label: "create floor", server: "createFloor" },
  { name: "honoCreate", label: "Hono peer: POST /spaces (user)", server: "honoPeer" },
  { name: "userCreate", label: "POST /spaces (user)", server: "spacegate" },
  { name: "createFloorLimited", label: "create floor, rate limiter on", server: "createFloorLimited" },
  { name: "honoCreateLimited", label: "Hono peer, rate limiter on", server: "honoPeerLimited" },
  { name: "userCreateLimited", label: "POST /spaces (user), rate limiter on", server: "spacegateLimited" },
  { name: "providerCreateFloor", label: "provider create floor", server: "providerCreateFloor" },
  { name: "providerCreate", label: "POST /spaces (provider)", server: "spacegate" },
  { name: "readFloor", label: "read floor", server: "readFloor" },
  { name: "getSpace", label: "GET /spaces/{id}", server: "spacegate" },
  { name: "getSpaceChain", label: "GET /spaces/{id} through a 10-level group chain", server: "spacegate" },
  { name: "readFloorLimited", label: "read floor, rate limiter on", server: "readFloorLimited" },
  { name: "getSpaceLimited", label: "GET /spaces/{id}, rate limiter on", server: "spacegateLimited" },
  { name: "listSpaces", label: "GET /user/spaces", server: "spacegate" },
];

// Cloudflare's edge adds a cf-ray to every request; spacegate takes it as the request id and,
// as on Cloudflare, logs a line only for errors. Every scenario sends one, so all run alike.
const EDGE_HEADERS = { "cf-ray": "8f1e2d3c4b5a6978-BEN" };
// Spaces seeded for the reading user, so GET /user/spaces lists a realistic handful.
const READER_SPACES = 10;
// How deep the group chain is through which the chain reader belongs to the read space.
const CHAIN_LEVELS = 10;
// Creation tokens minted beyond the expected provider rate, as a fraction.
const TOKEN_HEADROOM = 0.5;
// The provider rate assumed before any user create has been measured, in req/s.
const FIRST_GUESS_RATE = 2000;

/**
 * Seeds what the scenarios read and answers `run(scenario, seconds)`: one load run of a
 * scenario with `connections`, and the workerd CPU time it cost per request.
 */
export async function prepareScenarios({ servers, keys, connections, workdir }) {
  const creatorToken = await fixtures.mintUserToken(keys, "bench-creator");
  const readerToken = await fixtures.mintUserToken(keys, "bench-reader");
  const adminToken = await fixtures.mintUserToken(keys, fixtures.ADMIN_USER);
  const providerToken = await fixtures.registerProvider(servers.spacegate.url, adminToken);
  const [spaceId] = await fixtures.createSpaces(servers.spacegate.url, readerToken, READER_SPACES);
  const chainReaderToken = await fixtures.mintUserToken(keys, "bench-chain-reader");
  await fixtures.seedGroupChain(servers.spacegate.url, {
    ownerToken: creatorToken,
    readerToken: chainReaderToken,
    spaceOwnerToken: readerToken,
    spaceId,
    levels: CHAIN_LEVELS,
  });
  const [limitedSpaceId] = await fixtures.createSpaces(servers.spacegateLimited.url, readerToken, READER_SPACES);
  const [floorSpaceId] = await fixtures.seedFloorSpaces(servers.readFloor.db, "bench-reader", READER_SPACES);
  const [limitedFloorSpaceId] = await fixtures.seedFloorSpaces(servers.readFloorLimited.db, "bench-reader", READER_SPACES);
  const floorProviderId = "benchfloorprovider";
  await fixtures.seedFloorProvider(servers.providerCreateFloor.db, floorProviderId);
  const floorProviderToken = await fixtures.mintProviderToken(keys, floorProviderId);

  const at = (server, path) => new URL(path, servers[server].url).href;
  const asCreator = { ...EDGE_HEADERS, "X-Auth-Token": creatorToken, "Content-Type": "application/json" };
  const asReader = { ...EDGE_HEADERS, "X-Auth-Token": readerToken };
  const createBody = JSON.stringify({ name: "Bench space" });
  const asPeer = { ...EDGE_HEADERS, Authorization: `Bearer ${creatorToken}`, "Content-Type": "application/json" };
  const fixed = {
    empty: { url: at("empty", "/"), headers: EDGE_HEADERS },
    createFloor: { url: at("createFloor", "/spaces"), method: "POST", headers: asCreator, body: createBody },
    honoCreate: { url: at("honoPeer", "/spaces"), method: "POST", headers: asPeer, body: createBody },
    userCreate: { url: at("spacegate", "/spaces"), method: "POST", headers: asCreator, body: createBody },
    createFloorLimited: { url: at("createFloorLimited", "/spaces"), method: "POST", headers: asCreator, body: createBody },
    honoCreateLimited: { url: at("honoPeerLimited", "/spaces"), method: "POST", headers: asPeer, body: createBody },
    userCreateLimited: { url: at("spacegateLimited", "/spaces"), method: "POST", headers: asCreator, body: createBody },
    readFloor: { url: at("readFloor", `/spaces/${floorSpaceId}`), headers: asReader },
    getSpace: { url: at("spacegate", `/spaces/${spaceId}`), headers: asReader },
    getSpaceChain: { url: at("spacegate", `/spaces/${spaceId}`), headers: { ...EDGE_HEADERS, "X-Auth-Token": chainReaderToken } },
    readFloorLimited: { url: at("readFloorLimited", `/spaces/${limitedFloorSpaceId}`), headers: asReader },
    getSpaceLimited: { url: at("spacegateLimited", `/spaces/${limitedSpaceId}`), headers: asReader },
    listSpaces: { url: at("spacegate", "/user/spaces"), headers: asReader },
  };
  let userCreateRate = FIRST_GUESS_RATE;

  // The provider creates: spacegate, and its floor with a provider of its own.
  const asProvider = { providerCreate: providerToken, providerCreateFloor: floorProviderToken };
  const load = async (name, seconds, server) => {
    if (!(name in asProvider)) return summarize(await runFixedLoad({ ...fixed[name], connections, seconds }));
    // A provider redeems a fresh, single-use creation token per request, minted ahead.
    const count = Math.ceil(userCreateRate * seconds * (1 + TOKEN_HEADROOM)) + connections;
    const tokens = await fixtures.mintSpaceCreateTokens(keys, "bench-creator", count);
    const bodies = tokens.map((token) => JSON.stringify({ name: "Provided space", token, size: 1073741824 }));
    const headers = { ...EDGE_HEADERS, "X-Auth-Token": asProvider[name], "Content-Type": "application/json" };
    return summarize(await runBodiesLoad({ url: at(server, "/spaces"), headers, bodies, connections, seconds, workdir }));
  };

  return async function run({ name, server }, seconds) {
    const cpuBefore = servers[server].cpuSeconds();
    const result = await load(name, seconds, server);
    const cpuAfter = servers[server].cpuSeconds();
    if (name === "userCreate") userCreateRate = Math.max(result.requestsPerSecond, 100);
    const measured = cpuBefore !== undefined && cpuAfter !== undefined && result.requests > 0;
    const cpuMsPerRequest = measured ? Math.round(((cpuAfter - cpuBefore) * 1e6) / result.requests) / 1000 : undefined;
    return { ...result, cpuMsPerRequest };
  };
}
