// ESLint 9 flat config: typescript-eslint's recommended rules with type
// information (tsconfig.test.json covers the app, its tests and vite's
// config), so floating promises and unsafe `any` are caught, not only style.
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/"] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: "./tsconfig.test.json", tsconfigRootDir: path.dirname(fileURLToPath(import.meta.url)) },
    },
  },
  // The fake core rejects as Tauri's `invoke` does: with the core's
  // `{ code, message }`, not an Error; `fakeInvoke` is async for exactly that,
  // so that a `throw` becomes a rejection.
  {
    files: ["src/test/harness.ts"],
    rules: { "@typescript-eslint/only-throw-error": "off", "@typescript-eslint/require-await": "off" },
  },
  // This file is not in a tsconfig: lint it without type information.
  { files: ["**/*.js"], extends: [tseslint.configs.disableTypeChecked] },
);
