import { defineConfig } from "vitest/config";

// The app loads from Tauri's asset protocol: relative paths, no inline
// scripts or styles (the CSP allows 'self' only), nothing from the network.
export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2021",
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts"],
  },
});
