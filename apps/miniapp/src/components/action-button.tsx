import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './action-button.scss';

interface ActionButtonProps {
  children: ReactNode;
  onClick: () => void;
  variant?: 'primary' | 'approve' | 'danger' | 'plain';
  isBusy?: boolean;
  isDisabled?: boolean;
  className?: string;
}

/**
 * A full-width button that looks the same in WeChat and in the browser (the platform buttons differ in height and
 * colours). While busy it shows 处理中… and ignores taps.
 */
export function ActionButton({
  children,
  onClick,
  variant = 'primary',
  isBusy = false,
  isDisabled = false,
  className = '',
}: ActionButtonProps) {
  const isInactive = isBusy || isDisabled;
  return (
    <View
      className={`action-button action-button--${variant}${isInactive ? ' action-button--inactive' : ''} ${className}`}
      aria-disabled={isInactive}
      onClick={() => {
        if (!isInactive) onClick();
      }}
    >
      <Text>{isBusy ? '处理中…' : children}</Text>
    </View>
  );
}
