#!/usr/bin/env bash
# Restores a dump made by backup.sh into a database (by default the one it was taken from), replacing the tables
# the dump contains. Stop the API and the workers first (docs/deployment.md, "Backup and restore").
#
#   MYSQL_HOST=db MYSQL_USER=root MYSQL_PASSWORD=... infra/backup/restore.sh backups/nianbao-20261121T220000Z.sql.gz [database]
#
# Settings (environment): MYSQL_HOST (127.0.0.1), MYSQL_PORT (3306), MYSQL_USER (root), MYSQL_PASSWORD (empty).
set -euo pipefail

dump_file=${1:-}
if [ -z "$dump_file" ] || [ ! -f "$dump_file" ]; then
  echo "用法：restore.sh <备份文件.sql.gz> [目标数据库]（找不到文件 \"$dump_file\"）" >&2
  exit 2
fi
if ! gzip -t "$dump_file" 2>/dev/null; then
  echo "恢复失败：$dump_file 不是完整的 gzip 文件，数据库未改动" >&2
  exit 2
fi
source_database=$(gzip -dc "$dump_file" | sed -n 's/^CREATE DATABASE .*`\(.*\)`.*/\1/p' | head -n 1)
if [ -z "$source_database" ]; then
  echo "恢复失败：$dump_file 不是 backup.sh 生成的备份（缺少 CREATE DATABASE），数据库未改动" >&2
  exit 2
fi
target_database=${2:-$source_database}
if ! [[ $target_database =~ ^[A-Za-z0-9_]+$ ]]; then
  echo "恢复失败：数据库名 \"$target_database\" 只能含字母、数字和下划线" >&2
  exit 2
fi
client=$(command -v mariadb || command -v mysql || true)
if [ -z "$client" ]; then
  echo "恢复失败：找不到 mariadb 或 mysql 客户端" >&2
  exit 2
fi

credentials=$(mktemp)
chmod 600 "$credentials"
trap 'rm -f "$credentials"' EXIT
printf '[client]\npassword="%s"\n' "${MYSQL_PASSWORD:-}" >"$credentials"
connect=(--defaults-extra-file="$credentials" --host="${MYSQL_HOST:-127.0.0.1}" --port="${MYSQL_PORT:-3306}"
  --user="${MYSQL_USER:-root}" --default-character-set=utf8mb4)

"$client" "${connect[@]}" -e \
  "CREATE DATABASE IF NOT EXISTS \`$target_database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# The dump selects its own database (CREATE DATABASE / USE); both lines are dropped so it lands in the target.
gzip -dc "$dump_file" | sed -e '/^CREATE DATABASE /d' -e '/^USE `/d' | "$client" "${connect[@]}" "$target_database"
echo "已恢复 $dump_file → $target_database" >&2
