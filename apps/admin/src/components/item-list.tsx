import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import './item-list.css';

interface ItemListProps {
  header?: ReactNode;
  bordered?: boolean;
  style?: CSSProperties;
  children: ReactNode;
}

/**
 * A short list of findings or outcomes as real `<ul>`/`<li>` markup. antd 6 deprecates its List, and its successor
 * (Listy) is a virtual scroller these few rows do not need.
 */
export function ItemList({ header, bordered = false, style, children }: ItemListProps) {
  return (
    <div className={bordered ? 'item-list item-list--bordered' : 'item-list'} style={style}>
      {header && <div className="item-list__header">{header}</div>}
      <ul className="item-list__items">{children}</ul>
    </div>
  );
}

export function ItemListEntry({ className, ...props }: HTMLAttributes<HTMLLIElement>) {
  return <li className={className ? `item-list__item ${className}` : 'item-list__item'} {...props} />;
}
