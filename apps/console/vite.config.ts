import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

// The console is served by the system itself (apps/all ConsoleModule); `vite` alone proxies to it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Element Plus components are imported where they are used, so each page's chunk carries only its own.
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false })],
  build: { outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
