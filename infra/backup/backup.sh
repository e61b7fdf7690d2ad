#!/usr/bin/env bash
# Consistent online backup of the 年报 database: one gzip'd SQL dump, named by database and UTC time, taken inside
# one transaction (--single-transaction: InnoDB tables are read at one point in time while the API keeps writing).
# Dumps older than BACKUP_RETENTION_DAYS are deleted afterwards. Prints the path of the new dump.
#
#   MYSQL_HOST=db MYSQL_USER=backup MYSQL_PASSWORD=... infra/backup/backup.sh [backup-dir]
#
# Settings (environment): MYSQL_HOST (127.0.0.1), MYSQL_PORT (3306), MYSQL_USER (root), MYSQL_PASSWORD (empty),
# MYSQL_DATABASE (nianbao), BACKUP_DIR (./backups, or the first argument), BACKUP_RETENTION_DAYS (14).
# The user needs SELECT, SHOW VIEW, TRIGGER, EVENT and PROCESS (or RELOAD) on the database.
set -euo pipefail

host=${MYSQL_HOST:-127.0.0.1}
port=${MYSQL_PORT:-3306}
user=${MYSQL_USER:-root}
database=${MYSQL_DATABASE:-nianbao}
backup_dir=${1:-${BACKUP_DIR:-./backups}}
retention_days=${BACKUP_RETENTION_DAYS:-14}

if ! [[ $retention_days =~ ^[0-9]+$ ]] || [ "$retention_days" -lt 1 ]; then
  echo "备份失败：BACKUP_RETENTION_DAYS 须为正整数（现为 \"$retention_days\"）" >&2
  exit 2
fi
dump=$(command -v mariadb-dump || command -v mysqldump || true)
if [ -z "$dump" ]; then
  echo "备份失败：找不到 mariadb-dump 或 mysqldump（安装 mariadb-client 或 mysql-client）" >&2
  exit 2
fi

mkdir -p "$backup_dir"
# The password goes through a private option file, not the command line (where `ps` would show it).
credentials=$(mktemp)
chmod 600 "$credentials"
partial=""
cleanup() {
  rm -f "$credentials"
  [ -z "$partial" ] || rm -f "$partial"
}
trap cleanup EXIT
printf '[client]\npassword="%s"\n' "${MYSQL_PASSWORD:-}" >"$credentials"

target="$backup_dir/$database-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
partial="$target.partial"
"$dump" --defaults-extra-file="$credentials" --host="$host" --port="$port" --user="$user" \
  --single-transaction --quick --routines --triggers --events --hex-blob \
  --default-character-set=utf8mb4 --databases "$database" | gzip -c >"$partial"
# Only a complete, readable file gets the final name; a failed dump leaves nothing that looks like a backup.
gzip -t "$partial"
mv "$partial" "$target"
partial=""

find "$backup_dir" -maxdepth 1 -type f -name "$database-*.sql.gz" -mtime "+$((retention_days - 1))" -print -delete |
  sed 's/^/已删除过期备份：/' >&2
echo "$target"
