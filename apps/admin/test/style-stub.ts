// Stands in for a stylesheet import in component specs (jest.config.js).
export default {};
