import { Result } from 'antd';
import { Link } from 'react-router-dom';

export default function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="请检查地址，或从左侧菜单进入。"
      extra={<Link to="/">返回首页</Link>}
    />
  );
}
