# Sourced by bench/events and bench/pages (after deploy/local/lib.sh, with OUT and say set): use the local stack as it
# runs, or start it with the demo programme and stop it again when the command ends.
STARTED_STACK=no
stack_up() {
  for c in postgres kafka keycloak "${SERVICES[@]}" gateway; do healthy "$c" || return 1; done
}
if ! stack_up; then
  say "starting the local stack (deploy/local/up --demo; builds what is missing) ..."
  deploy/local/up --demo > "$OUT/stack-up.log" 2>&1 || { tail -20 "$OUT/stack-up.log"; die "the stack did not start"; }
  STARTED_STACK=yes
else
  say "using the running stack as it is"
fi
stop_stack() {
  if [[ $STARTED_STACK == yes ]]; then
    say "stopping the local stack (deploy/local/down) ..."
    deploy/local/down > "$OUT/stack-down.log" 2>&1 || true
  fi
}
trap stop_stack EXIT
