import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

// The console is served by the system itself (apps/all ConsoleModule); `vite` alone proxies to it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Element Plus components are imported where they are used, so each page's chunk carries only its own.
  // The server's pure leaf modules (libs/domain vocabularies, push payload types), shared rather than copied.
  resolve: { alias: { '@server': fileURLToPath(new URL('../../libs', import.meta.url)) } },
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false })],
  // Features the console does not use, left out of the bundle: vue-i18n's legacy API and global
  // components (it uses the Composition API and `t()` only), and both libraries' devtools hooks.
  define: {
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    // One stylesheet (38 KB gzipped), loaded with the page, instead of one per component per chunk: a
    // page's chunk then runs without first waiting for its 30-odd small stylesheets (the operator
    // workspace came up about 0.25 s sooner on this 2-core machine).
    cssCodeSplit: false,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
