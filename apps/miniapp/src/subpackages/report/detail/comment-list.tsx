import { Text, View } from '@tarojs/components';
import { findCell } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';
import type { CellComment } from '../../../services/api';
import { formatTime } from '../../../services/format-time';

/** Comments reviewers left on single cells. */
export function CommentList({ formatId, comments }: { formatId: FormatId; comments: CellComment[] }) {
  if (comments.length === 0) return <View className="empty">没有单元格意见</View>;
  return (
    <View>
      {comments.map((comment) => (
        <View key={comment.id} className="comment">
          <Text className="comment__cell">
            {findCell(formatId, comment.cellCode)?.displayName ?? comment.cellCode}
          </Text>
          <Text className="comment__body">{comment.body}</Text>
          <Text className="comment__time">{formatTime(comment.createdAt)}</Text>
        </View>
      ))}
    </View>
  );
}
