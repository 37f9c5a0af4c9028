// The console's build: public/console/, which spacegate serves at /console/ (wrangler.toml [assets]).
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "/console/",
  plugins: [preact()],
  build: {
    outDir: "../public/console",
    emptyOutDir: true,
    target: "es2022",
  },
});
