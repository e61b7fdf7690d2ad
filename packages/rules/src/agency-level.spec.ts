import { guessAgencyLevel } from './agency-level';

describe('guessAgencyLevel', () => {
  it.each([
    ['宁波市海曙区人民政府', 'county-government'],
    ['宁海县人民政府办公室', 'county-government'],
    ['宁波市规划局', 'city-department'],
    ['温州市规划局', 'city-department'],
    ['上海市宝山区规划和自然资源局', 'county-department'],
    ['广州市海珠区官洲街道办事处', 'township'],
    ['太平镇人民政府', 'township'],
    ['宁波市人民政府', 'city-government'],
  ])('%s → %s', (name, level) => {
    expect(guessAgencyLevel(name)).toBe(level);
  });

  it('does not guess without a name', () => {
    expect(guessAgencyLevel(null)).toBeNull();
    expect(guessAgencyLevel('我局')).toBeNull();
  });
});
