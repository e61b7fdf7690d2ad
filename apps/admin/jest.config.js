// One suite at a time: browser suites start servers and Chromium, and the 2-core machine runs one well.
// Component specs (`@jest-environment jsdom` docblock) get the few browser APIs antd needs that jsdom lacks.
const preset = require('@nianbao/dev-config');

module.exports = {
  ...preset,
  maxWorkers: 1,
  // Vite bundles the stylesheets; a component spec imports them only for their side effect.
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': '<rootDir>/test/style-stub.ts' },
  setupFilesAfterEnv: ['<rootDir>/test/jsdom-setup.ts'],
};
