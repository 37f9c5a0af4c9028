import * as v from "valibot";

/** What `GET /healthz` answers while the process serves. */
export const LivenessSchema = v.pipe(v.strictObject({ status: v.literal("ok") }), v.title("Liveness"));
/** What `GET /readyz` answers when the database answers and is migrated. */
export const ReadinessSchema = v.pipe(v.strictObject({ status: v.literal("ready") }), v.title("Readiness"));
