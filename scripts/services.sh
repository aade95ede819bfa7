#!/usr/bin/env bash
# Makes sure MySQL/MariaDB and Redis answer before the system or its tests start. A local server that
# is installed but stopped is started; anything else gets the exact command to run, and exit 1.
set -euo pipefail

db_host=${DB_HOST:-127.0.0.1}
db_port=${DB_PORT:-3306}
redis_url=${REDIS_URL:-redis://127.0.0.1:6379}
redis_address=${redis_url#*://}
redis_address=${redis_address#*@}
redis_address=${redis_address%%/*}
redis_host=${redis_address%%:*}
redis_port=${redis_address##*:}
[ "$redis_port" = "$redis_address" ] && redis_port=6379

answers() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
is_local() { [[ "$1" == 127.* || "$1" == localhost || "$1" == ::1 ]]; }

wait_for() { # name host port
  for _ in $(seq 1 60); do
    answers "$2" "$3" && { echo "services: $1 is up on $2:$3"; return 0; }
    sleep 0.5
  done
  echo "services: $1 did not come up on $2:$3" >&2
  return 1
}

start_mariadb() {
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || return 1
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
}

start_redis() {
  command -v redis-server >/dev/null || return 1
  mkdir -p /var/lib/redis /var/log/redis
  # Queues and timers live in Redis: append-only file, fsync every second (DESIGN.md §8).
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$redis_port" --appendonly yes --appendfsync everysec \
    --dir /var/lib/redis --logfile /var/log/redis/hotline.log
}

cannot_start() { # name
  cat >&2 <<HELP
services: $1 is not answering and cannot be started from here. Start it with one of:
  docker compose up -d mysql redis
  apt-get install -y mariadb-server redis-server && bash scripts/services.sh
or point DB_HOST / DB_PORT / REDIS_URL at running servers.
HELP
  exit 1
}

if ! answers "$db_host" "$db_port"; then
  if is_local "$db_host" && start_mariadb; then wait_for MySQL "$db_host" "$db_port"; else cannot_start MySQL; fi
fi
if ! answers "$redis_host" "$redis_port"; then
  if is_local "$redis_host" && start_redis; then wait_for Redis "$redis_host" "$redis_port"; else cannot_start Redis; fi
fi
