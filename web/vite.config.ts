/** The web app's build (`npm run web:build`, run by `npm start` and the tests when the sources
 * changed) and its dev server with live reload (`npm run web:dev`), which proxies the API to the
 * local stack (`npm start`, default http://127.0.0.1:3000; API_URL=… for another). */
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { API_PATH_PATTERN } from './src/api/paths';

export default defineConfig({
  root: __dirname,
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { [API_PATH_PATTERN]: { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true } },
  },
});
