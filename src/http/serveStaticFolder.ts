import { ApiError } from "./ApiError";

/**
 * Answers a GET or HEAD under `folder` (say `/docs`) from the static files
 * (`ASSETS`, wrangler.toml's `[assets]`): `folder` itself redirects (307) to
 * `folder/`, whose index.html the static files answer, so that the page's
 * relative links resolve inside the folder; any other path is that file. A
 * file that is not there is the API's own 404, so every answer carries the
 * API's headers. The response's headers may be changed by the caller.
 */
export async function serveStaticFolder(request: Request, env: Env, folder: string): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname === folder) return new Response(null, { status: 307, headers: { Location: `${folder}/${url.search}` } });
  const head = request.method === "HEAD";
  const file = await env.ASSETS.fetch(new Request(request.url, { method: head ? "HEAD" : "GET" }));
  if (file.status === 404) throw new ApiError(404, "not_found", "No resource exists at this path.");
  return new Response(head ? null : file.body, file);
}
