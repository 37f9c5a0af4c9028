import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** The real migrations, read at config time (vitest.config.ts). */
      TEST_MIGRATIONS: D1Migration[];
      /** Private half of the test identity provider key, for minting user tokens. */
      TEST_IDP_PRIVATE_JWK: string;
      /** FUZZ_RUNS from the shell (mixed fuzz requests for a deep run); empty for the default. */
      TEST_FUZZ_RUNS: string;
      /** Real rate-limiting bindings with tight limits (3 and 2 a minute), for test/limits/. */
      TEST_TIGHT_CALLER_LIMITER: RateLimit;
      TEST_TIGHT_ANONYMOUS_LIMITER: RateLimit;
    }
  }
}
