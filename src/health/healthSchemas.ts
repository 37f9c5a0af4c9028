import * as v from "valibot";

export const LivenessSchema = v.pipe(v.strictObject({ status: v.literal("ok") }), v.title("Liveness"));
export const ReadinessSchema = v.pipe(v.strictObject({ status: v.literal("ready") }), v.title("Readiness"));
