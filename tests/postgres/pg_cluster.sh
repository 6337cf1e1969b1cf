#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on 127.0.0.1 for the store's tests (Debian's postgresql package).
#   pg_cluster.sh start STATE_FILE PORT   -> initdb in a temporary folder, start the server, trust on loopback only
#   pg_cluster.sh stop STATE_FILE         -> stop the server, remove the folder
set -euo pipefail
action="$1"
state="$2"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_owner() { # initdb and the server refuse to run as root
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
  port="$3"
  if [[ -f "$state" ]]; then "$0" stop "$state" || true; fi
  data="$(mktemp -d /tmp/hs-pg-XXXXXX)"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$data"
  echo "$data" > "$state"
  as_owner "$bin/initdb" -D "$data/db" -U postgres --auth=trust --no-sync -E UTF8 >/dev/null
  as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/log" -w -t 60 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  echo "PostgreSQL test cluster on 127.0.0.1:$port ($data)"
  ;;
stop)
  [[ -f "$state" ]] || exit 0
  data="$(cat "$state")"
  as_owner "$bin/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null || true
  rm -rf "$data" "$state"
  echo "PostgreSQL test cluster stopped"
  ;;
esac
