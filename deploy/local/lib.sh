# Shared definitions for deploy/local/{up,down,status}. Sourced, not run.
# Everything at runtime lives under $STACK (<repo>/.stack, git-ignored): data/, logs/, run/, downloads.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEPLOY="$ROOT/deploy"
STACK="$ROOT/.stack"
DATA="$STACK/data"
LOGS="$STACK/logs"
RUN="$STACK/run"

KEYCLOAK_VERSION=26.5.6
KEYCLOAK_HOME="$STACK/keycloak-$KEYCLOAK_VERSION"
SWAGGER_UI_VERSION=5.35.0

# Ports (fixed: the realm's redirect URIs and the token issuer name them).
GATEWAY_PORT=8080
KEYCLOAK_PORT=8180
PG_PORT=55432
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
SMTP_PORT=3025
MAIL_API_PORT=8025

# The four services: name, port and database, in start order.
SERVICES=(proposal-service review-service production-service analytics-service)
declare -A SERVICE_PORT=([proposal-service]=8081 [review-service]=8082 [production-service]=8083 [analytics-service]=8084)
declare -A SERVICE_DB=([proposal-service]=proposal [review-service]=review [production-service]=production [analytics-service]=analytics)

# Second instances of the services (deploy/local/up --instances 2): same database and Kafka, their own port (+10) and
# log, and the gateway balances each service's requests over both. This is how the scale-out of a cluster is
# simulated on one machine; a second instance is named <service>-2.
SECOND_INSTANCES=()
for s in "${SERVICES[@]}"; do
  SECOND_INSTANCES+=("$s-2")
  SERVICE_PORT[$s-2]=$((SERVICE_PORT[$s] + 10))
  SERVICE_DB[$s-2]=${SERVICE_DB[$s]}
done
service_of() { echo "${1%-2}"; }   # proposal-service-2 -> proposal-service

# Every component: its main port and, for "status", the URL that says it is healthy.
COMPONENTS=(postgres kafka mail keycloak "${SERVICES[@]}" "${SECOND_INSTANCES[@]}" gateway)
declare -A PORT=([postgres]=$PG_PORT [kafka]=$KAFKA_PORT [mail]=$SMTP_PORT [keycloak]=$KEYCLOAK_PORT [gateway]=$GATEWAY_PORT)
for s in "${SERVICES[@]}" "${SECOND_INSTANCES[@]}"; do PORT[$s]=${SERVICE_PORT[$s]}; done
declare -A EXTRA_PORT=([kafka]=$KAFKA_CONTROLLER_PORT [mail]=$MAIL_API_PORT)
declare -A HEALTH_URL=(
  [mail]="http://127.0.0.1:$MAIL_API_PORT/api/service/readiness"
  [keycloak]="http://127.0.0.1:$KEYCLOAK_PORT/realms/mooc/.well-known/openid-configuration"
  [gateway]="http://127.0.0.1:$GATEWAY_PORT/config.json"
)
for s in "${SERVICES[@]}" "${SECOND_INSTANCES[@]}"; do HEALTH_URL[$s]="http://127.0.0.1:${SERVICE_PORT[$s]}/q/health/ready"; done

if [[ -t 1 ]]; then B=$'\e[1m'; G=$'\e[32m'; Y=$'\e[33m'; R=$'\e[31m'; N=$'\e[0m'; else B=; G=; Y=; R=; N=; fi
info() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "${Y}WARNING:${N} $*" >&2; }
die()  { printf '%s\n' "${R}ERROR:${N} $*" >&2; exit 1; }

now_ms() { date +%s%3N; }
secs_since() { local ms=$(( $(now_ms) - $1 )); printf '%d.%d' $((ms / 1000)) $(((ms % 1000) / 100)); }

# Only one up/down at a time: they read and write the same pid files.
take_lock() {
  mkdir -p "$RUN"
  exec 9>"$RUN/stack.lock"
  flock -n 9 || die "another deploy/local/up or down is running (lock $RUN/stack.lock)"
}

# --- processes -------------------------------------------------------------------------------------------
# A pid file is trusted only if the process is alive AND its command line carries the component's marker,
# so a stale pid file can never make us signal an unrelated process that reused the pid.
marker_of() {
  case "$1" in
    keycloak) echo "$KEYCLOAK_HOME/" ;;
    gateway)  echo "$STACK/gateway/nginx.conf" ;;
    *)        echo "-Dmooc.component=$1" ;;
  esac
}

pid_of() {
  local f="$RUN/$1.pid" pid
  [[ -f $f ]] || return 1
  pid=$(<"$f")
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$(marker_of "$1")" || return 1
  echo "$pid"
}

# Start a command detached from this terminal (setsid: Ctrl-C or closing the shell does not reach it),
# with its output in logs/<name>.log (the previous run's log is kept as <name>.log.1).
start_bg() {
  local name=$1 dir=$2; shift 2
  mkdir -p "$LOGS" "$RUN"
  [[ -f $LOGS/$name.log ]] && mv -f "$LOGS/$name.log" "$LOGS/$name.log.1"
  # 9>&- : the child must not inherit the stack lock (see take_lock), or the lock would outlive this script
  (cd "$dir" && exec setsid "$@" > "$LOGS/$name.log" 2>&1 < /dev/null 9>&-) &
  echo $! > "$RUN/$name.pid"
}

# All descendants of a pid (kc.sh -> java, PostgresServer -> initdb, ...).
descendants() {
  local c
  for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$c"; descendants "$c"; done
}

# Resident memory of a process tree in MiB (VmRSS summed; shared pages are counted once per process).
rss_mib() {
  local total=0 p kb
  for p in "$@"; do
    kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  echo $((total / 1024))
}

# Class-data sharing (CDS) for a JVM: on 2 cores it cuts the start of every JVM here by 30-50 %.
# The first run after a build records the loaded classes when the process stops (-XX:ArchiveClassesAtExit,
# written during "down"); later runs map that archive. An archive older than $2 (the jar) is recorded anew.
cds_opt() {
  local jsa="$STACK/cds/$1.jsa" stamp=$2
  mkdir -p "$STACK/cds"
  if [[ -f $jsa && $jsa -nt $stamp ]]; then echo "-XX:SharedArchiveFile=$jsa"
  else rm -f "$jsa"; echo "-XX:ArchiveClassesAtExit=$jsa"; fi
}
CDS_QUIET=(-Xlog:cds=off -Xlog:cds+dynamic=off)   # a stale or missing archive is not worth a log line

# PostgreSQL itself: pg_ctl daemonises the postmaster, so it is not a child of the launcher JVM.
postmaster_pid() {
  local f="$DATA/postgres/postmaster.pid" pid
  [[ -f $f ]] || return 1
  pid=$(head -1 "$f")
  [[ $pid =~ ^[0-9]+$ && -d /proc/$pid ]] && grep -q postgres "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http_ok()   { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# Who holds a port (for the "port in use by something else" message).
port_owner() { ss -Hltnp "sport = :$1" 2>/dev/null | sed -E 's/.*users:\(\("([^"]+)",pid=([0-9]+).*/\1 (pid \2)/' | head -1; }

# Is the component healthy right now?
healthy() {
  local name=$1
  case "$name" in
    postgres) port_open "$PG_PORT" && grep -q "POSTGRES READY" "$LOGS/postgres.log" 2>/dev/null ;;
    kafka)    port_open "$KAFKA_PORT" && grep -q "Kafka Server started" "$LOGS/kafka.log" 2>/dev/null ;;
    *)        http_ok "${HEALTH_URL[$name]}" ;;
  esac
}

# Stop components together: SIGTERM to all, wait up to $1 seconds, then SIGKILL what is left. Data stays.
stop_components() {
  local timeout=$1 name pid waited=0 left; shift
  local -A pids=()
  for name in "$@"; do
    if pid=$(pid_of "$name"); then pids[$name]=$pid; else rm -f "$RUN/$name.pid"; fi
  done
  ((${#pids[@]})) || return 0
  printf '  %-20s stopping (pid %s) ' "$(echo "${!pids[@]}" | sed 's/ /, /g')" "$(echo "${pids[@]}" | sed 's/ /, /g')"
  for name in "${!pids[@]}"; do kill -TERM "${pids[$name]}" 2>/dev/null || true; done
  while ((waited < timeout * 2)); do
    left=0
    for pid in "${pids[@]}"; do [[ -d /proc/$pid ]] && left=1; done
    ((left)) || break
    sleep 0.5; waited=$((waited + 1))
    ((waited % 2 == 0)) && printf '.'
  done
  for name in "${!pids[@]}"; do
    pid=${pids[$name]}
    if [[ -d /proc/$pid ]]; then
      printf ' %s%s did not stop in %ss: SIGKILL%s' "$Y" "$name" "$timeout" "$N"
      kill -KILL "$pid" $(descendants "$pid") 2>/dev/null || true
    fi
    rm -f "$RUN/$name.pid"
  done
  printf ' %sstopped%s (%ss)\n' "$G" "$N" "$((waited / 2))"
}
