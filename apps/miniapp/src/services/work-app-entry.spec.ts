import { readWorkAppEntry } from './work-app-entry';

describe('reading the address the work app opens the H5 app with', () => {
  it('is not a work-app entry without workapp', () => {
    expect(readWorkAppEntry('https://gk.example.gov.cn/m/#/pages/todo/index')).toBeNull();
    expect(readWorkAppEntry('https://gk.example.gov.cn/m/?workapp=x#/pages/todo/index')).toBeNull();
  });

  it('a card link before OAuth: no code, the report route kept', () => {
    expect(
      readWorkAppEntry(
        'https://gk.example.gov.cn/m/?workapp=3#/subpackages/report/detail/index?id=12&action=return',
      ),
    ).toEqual({
      configId: 3,
      code: null,
      cleanUrl: 'https://gk.example.gov.cn/m/?workapp=3#/subpackages/report/detail/index?id=12&action=return',
      route: '/subpackages/report/detail/index?id=12&action=return',
    });
  });

  it('back from OAuth with the code before the route: the code is read and left out of the clean address', () => {
    const entry = readWorkAppEntry(
      'https://gk.example.gov.cn/m/?workapp=3&code=CODE123&state=workapp3#/subpackages/report/detail/index?id=12',
    );
    expect(entry).toMatchObject({
      code: 'CODE123',
      cleanUrl: 'https://gk.example.gov.cn/m/?workapp=3#/subpackages/report/detail/index?id=12',
    });
  });

  it('back from OAuth with the code inside the route query (older work-app versions)', () => {
    const entry = readWorkAppEntry(
      'https://gk.example.gov.cn/m/?workapp=3#/subpackages/report/detail/index?id=12&code=C9&state=workapp3',
    );
    expect(entry).toMatchObject({
      code: 'C9',
      route: '/subpackages/report/detail/index?id=12',
      cleanUrl: 'https://gk.example.gov.cn/m/?workapp=3#/subpackages/report/detail/index?id=12',
    });
  });

  it('the app’s home page, and the OAuth page’s own #wechat_redirect kept by the browser, land on 待办', () => {
    expect(readWorkAppEntry('https://gk.example.gov.cn/m/?workapp=3')).toMatchObject({
      route: '/pages/todo/index',
      cleanUrl: 'https://gk.example.gov.cn/m/?workapp=3#/pages/todo/index',
    });
    expect(
      readWorkAppEntry('https://gk.example.gov.cn/m/?workapp=3&code=C1&state=s#wechat_redirect'),
    ).toMatchObject({ code: 'C1', cleanUrl: 'https://gk.example.gov.cn/m/?workapp=3#/pages/todo/index' });
  });
});
