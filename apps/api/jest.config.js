module.exports = { ...require('@nianbao/dev-config'), testTimeout: 60_000 };
