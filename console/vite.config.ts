// The console's build: served by spacegate at /console/ (wrangler.toml [assets] serves console/dist).
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "/console/",
  plugins: [preact()],
  build: {
    outDir: "dist/console",
    emptyOutDir: true,
    target: "es2022",
  },
});
