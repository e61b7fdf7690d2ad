import path from 'node:path';
import { defineConfig } from '@tarojs/cli';
import type { UserConfigExport } from '@tarojs/cli';

/**
 * One configuration for both targets. The H5 build lands in dist/h5 with public path /m/, where the API process
 * serves it (apps/api/src/static-sites.ts); the weapp build lands in dist/ for WeChat DevTools.
 */
/** Workspace packages are TypeScript sources: compile them like our own files (and tree-shake them). */
const WORKSPACE_SOURCES = ['rules', 'workflow', 'api-client'].map((name) =>
  path.resolve(__dirname, `../../../packages/${name}/src`),
);

export default defineConfig<'webpack5'>(() => {
  const isH5 = process.env.TARO_ENV === 'h5';
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'nianbao-miniapp',
    date: '2026-11-21',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: isH5 ? 'dist/h5' : 'dist/weapp',
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    alias: {
      '@nianbao/rules': WORKSPACE_SOURCES[0],
      '@nianbao/workflow': WORKSPACE_SOURCES[1],
      '@nianbao/api-client': WORKSPACE_SOURCES[2],
    },
    // Always defined, so the bundles never reach for a `process` object the browser and WeChat do not have.
    defineConstants: {
      'process.env.TARO_APP_API_BASE_URL': JSON.stringify(process.env.TARO_APP_API_BASE_URL ?? ''),
      'process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS': JSON.stringify(
        process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS ?? '',
      ),
    },
    copy: { patterns: [], options: {} },
    plugins: [],
    mini: {
      compile: { include: WORKSPACE_SOURCES },
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: { pxtransform: { enable: true, config: {} } },
    },
    h5: {
      compile: { include: WORKSPACE_SOURCES },
      publicPath: '/m/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: { autoprefixer: { enable: true, config: {} } },
    },
  };
  return config;
});
