module.exports = { ...require('@nianbao/dev-config'), testTimeout: 120_000 };
