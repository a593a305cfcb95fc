import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API (NestJS) listens on :3000 in development; the browser only ever talks to the Vite
// origin, so the session token never crosses origins and no CORS set-up is needed.
const apiTarget = process.env.PLANNER_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  // Resolve everything from this folder, whether Vite is started here or from the repo root.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/ical': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/ical': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
});
