// Taro's preset: React JSX, TypeScript and the runtime helpers for both targets.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
