// The browser flow starts the API and Chromium: give it time on a busy CI machine.
module.exports = { ...require('@nianbao/dev-config'), testTimeout: 120000 };
