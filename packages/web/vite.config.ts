import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server forwards API calls to a running panhuo server; PANHUO_API overrides the address.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, new URL('.', import.meta.url).pathname, 'PANHUO_');
  return {
    plugins: [react()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
    },
    server: {
      proxy: { '/api': { target: env.PANHUO_API ?? 'http://localhost:3000' } },
    },
  };
});
