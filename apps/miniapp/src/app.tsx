import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { onSessionEnded } from './services/request';
import { signOut } from './services/current-user';
import { startWorkAppSignIn } from './services/work-app-sign-in';
import './app.scss';

const LOGIN_PAGE = '/pages/login/index';

startWorkAppSignIn();

onSessionEnded(() => {
  signOut();
  const pages = Taro.getCurrentPages();
  const current = pages[pages.length - 1]?.route ?? '';
  if (!LOGIN_PAGE.endsWith(current) || !current) void Taro.reLaunch({ url: LOGIN_PAGE });
});

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
