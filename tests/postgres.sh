#!/usr/bin/env bash
# A private, throw-away PostgreSQL for the tests, on 127.0.0.1 and a free port, in a temp folder.
#   eval "$(bash tests/postgres.sh start)"   installs Debian's postgresql if missing, starts a cluster and
#                                            prints the exports (CASECOACH_TEST_POSTGRES, ..._DIR)
#   bash tests/postgres.sh stop "$CASECOACH_TEST_POSTGRES_DIR"
# Everything but the exports goes to stderr so that eval sees only them.
set -euo pipefail

as_server_user=()
if [ "$(id -u)" -eq 0 ]; then as_server_user=(runuser -u postgres --); fi

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

start() {
  if [ -z "$(bindir)" ]; then
    echo "Installing Debian postgresql for the database tests..." >&2
    local sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq >&2
    # policy-rc.d keeps the package's own cluster from being started; ours is private.
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >&2
  fi
  local bin dir port
  bin=$(bindir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/casecoach-pg.XXXXXX")
  [ "${#as_server_user[@]}" -gt 0 ] && chown postgres "$dir"
  "${as_server_user[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  for port in $(shuf -i 20000-60000 -n 20); do
    # A port something answers on is taken; try another.
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    # fsync off: the cluster is thrown away after the run, so durability buys nothing here.
    if "${as_server_user[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
         start >/dev/null; then
      echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port ($dir)" >&2
      echo "export CASECOACH_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Include Error Detail=true'"
      echo "export CASECOACH_TEST_POSTGRES_DIR='$dir'"
      return 0
    fi
  done
  echo "Could not start PostgreSQL; its log:" >&2
  cat "$dir/server.log" >&2 || true
  return 1
}

stop() {
  local dir=${1:?usage: postgres.sh stop DIR}
  [ -d "$dir/data" ] && "${as_server_user[@]}" "$(bindir)/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
