import { Text, View } from '@tarojs/components';
import { findCell } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';
import type { Validation } from '../../../services/api';

const SEVERITY_LABELS = { HARD: '错误', SOFT: '提示', INFO: '信息' } as const;

/** The rules' findings on this report, each with the cells it names and the submitter's explanation. */
export function ViolationList({ formatId, validation }: { formatId: FormatId; validation: Validation }) {
  if (validation.violations.length === 0) return <View className="empty">未发现问题</View>;
  return (
    <View>
      {validation.violations.map((violation) => (
        <View key={violation.key} className={`violation violation--${violation.severity}`}>
          <Text className="violation__severity">{SEVERITY_LABELS[violation.severity]}</Text>
          <Text className="violation__message">{violation.message}</Text>
          {violation.cells.length > 0 && (
            <Text className="violation__cells">
              涉及：{violation.cells.map((code) => findCell(formatId, code)?.displayName ?? code).join('、')}
            </Text>
          )}
          {violation.explanation && (
            <Text className="violation__explanation">说明：{violation.explanation}</Text>
          )}
        </View>
      ))}
    </View>
  );
}
