// Reference worker 1: the empty route. What workerd, the HTTP listener and
// the load generator cost with no work at all.
export default {
  fetch: () => new Response(null, { status: 204 }),
};
