import { describe, expect, it } from "vitest";
import { hostName, send } from "./support/api.ts";

describe(`health, on ${hostName}`, () => {
  it("GET /healthz: 200 {status: ok}; GET /readyz: 200 {status: ready} (database answers, migrations current); both uncached", async () => {
    const live = await send("GET", "/healthz");
    expect(live.status).toBe(200);
    expect(live.headers.get("cache-control")).toBe("no-store");
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await send("GET", "/readyz");
    expect(ready.status).toBe(200);
    expect(ready.headers.get("cache-control")).toBe("no-store");
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});
