import { parse } from "smol-toml";
import * as v from "valibot";

const RateLimitBindingSchema = v.object({
  name: v.string(),
  namespace_id: v.string(),
  simple: v.object({ limit: v.number(), period: v.number() }),
});

const SecretsSchema = v.optional(v.object({ required: v.optional(v.array(v.string()), []) }), { required: [] });

/** A named environment (`[env.NAME]`): what the tests check of it; wrangler does not inherit these from the top. */
const EnvironmentSchema = v.object({
  main: v.optional(v.string()),
  compatibility_flags: v.optional(v.array(v.string()), []),
  define: v.optional(v.record(v.string(), v.string()), {}),
  vars: v.optional(v.record(v.string(), v.string()), {}),
  secrets: SecretsSchema,
  ratelimits: v.optional(v.array(RateLimitBindingSchema), []),
  d1_databases: v.optional(v.array(v.object({ binding: v.string() })), []),
  hyperdrive: v.optional(v.array(v.object({ binding: v.string(), id: v.string(), localConnectionString: v.optional(v.string()) })), []),
});

/** The parts of wrangler.toml that spacegate's own tools read; wrangler itself reads the rest. */
const WranglerConfigSchema = v.object({
  compatibility_date: v.string(),
  define: v.optional(v.record(v.string(), v.string()), {}),
  vars: v.optional(v.record(v.string(), v.string()), {}),
  secrets: SecretsSchema,
  assets: v.optional(v.object({ directory: v.string() })),
  ratelimits: v.optional(v.array(RateLimitBindingSchema), []),
  env: v.optional(v.record(v.string(), EnvironmentSchema), {}),
});

export type WranglerConfig = v.InferOutput<typeof WranglerConfigSchema>;
export type RateLimitBinding = v.InferOutput<typeof RateLimitBindingSchema>;

/**
 * wrangler.toml's text, parsed as TOML (smol-toml, the parser wrangler itself
 * uses) and checked for the parts the hosts, the tests and the bench read.
 * The one reader of the wrangler configuration besides wrangler: throws,
 * saying what is wrong, on a file it cannot read that way.
 */
export function parseWranglerConfig(toml: string): WranglerConfig {
  const parsed = v.safeParse(WranglerConfigSchema, parse(toml));
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? "(top)"}: ${issue.message}`);
    throw new TypeError(`wrangler.toml: ${issues.join("; ")}`);
  }
  return parsed.output;
}

/** The `[[ratelimits]]` binding named `name`; throws when there is none. */
export function rateLimitBinding(config: WranglerConfig, name: string): RateLimitBinding {
  const binding = config.ratelimits.find((candidate) => candidate.name === name);
  if (!binding) throw new TypeError(`wrangler.toml has no [[ratelimits]] binding named ${name}`);
  return binding;
}
