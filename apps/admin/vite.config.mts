import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const packagesFolder = path.resolve(import.meta.dirname, '../../packages');

// Workspace packages are built as CommonJS for Node; the browser build compiles their TypeScript sources instead.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@nianbao\/(rules|workflow|api-client)$/, replacement: `${packagesFolder}/$1/src` },
      // The document model and live checks only; the Word/PDF renderers need Node.
      { find: /^@nianbao\/publish$/, replacement: `${packagesFolder}/publish/src/browser.ts` },
    ],
  },
  server: {
    proxy: { '/api': process.env.NIANBAO_API_URL ?? 'http://127.0.0.1:3000' },
  },
  // Government desktops often run 360/QQ browsers on an older Chromium core; antd 6 itself needs Chrome 88.
  build: { target: ['chrome88', 'edge88', 'firefox78', 'safari14'], chunkSizeWarningLimit: 1500 },
});
