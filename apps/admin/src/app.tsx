import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { RouterProvider } from 'react-router-dom';
import { AuthProvider } from './auth/auth-context';
import { router } from './routes';

dayjs.locale('zh-cn');

export function App() {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </ConfigProvider>
  );
}
