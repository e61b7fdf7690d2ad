/**
 * Tab pages stay in the main package; pages opened from them (report detail, progress drill-down, binding) are
 * subpackages so the main package stays small (WeChat loads it before the first screen).
 */
export default defineAppConfig({
  pages: [
    'pages/todo/index',
    'pages/progress/index',
    'pages/data/index',
    'pages/inbox/index',
    'pages/mine/index',
    'pages/login/index',
  ],
  subPackages: [
    { root: 'subpackages/report', pages: ['detail/index'] },
    { root: 'subpackages/progress', pages: ['org/index'] },
  ],
  preloadRule: {
    'pages/todo/index': { network: 'all', packages: ['subpackages/report'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '年报审批',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#b71c1c',
    backgroundColor: '#ffffff',
    list: [
      {
        pagePath: 'pages/todo/index',
        text: '待办',
        iconPath: 'assets/tabbar/todo.png',
        selectedIconPath: 'assets/tabbar/todo-active.png',
      },
      {
        pagePath: 'pages/progress/index',
        text: '进度',
        iconPath: 'assets/tabbar/progress.png',
        selectedIconPath: 'assets/tabbar/progress-active.png',
      },
      {
        pagePath: 'pages/data/index',
        text: '数据',
        iconPath: 'assets/tabbar/data.png',
        selectedIconPath: 'assets/tabbar/data-active.png',
      },
      {
        pagePath: 'pages/inbox/index',
        text: '消息',
        iconPath: 'assets/tabbar/inbox.png',
        selectedIconPath: 'assets/tabbar/inbox-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tabbar/mine.png',
        selectedIconPath: 'assets/tabbar/mine-active.png',
      },
    ],
  },
});
