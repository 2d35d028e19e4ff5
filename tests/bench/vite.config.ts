import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The reports bench runs app modules under vite-node, outside WXT: give it WXT's `@/` alias.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
});
