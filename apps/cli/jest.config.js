module.exports = { ...require('@nianbao/dev-config') };
