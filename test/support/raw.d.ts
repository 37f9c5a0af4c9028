/** A file's text, imported with Vite's `?raw` suffix (wrangler.toml, docs). */
declare module "*?raw" {
  const text: string;
  export default text;
}
