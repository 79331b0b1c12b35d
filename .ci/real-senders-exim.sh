#!/usr/bin/env bash
# Writes the Exim configurations .ci/real-senders.sh runs Exim with: one per sender profile, each
# with its own spool (so one profile's retry hints never hold back another's delivery) and log.
#   .ci/real-senders-exim.sh EXIM_DIR EXIM_BINARY
# Every profile keeps Exim 4.96's defaults (exim -bP transport: hosts_try_dane = *,
# tls_try_verify_hosts = *, tls_verify_certificates = system, tls_tempfail_tryclear) except the
# one option its profile names in SenderProfiles.
set -euo pipefail
dir=${1:?exim directory}
binary=${2:?the unpacked exim4 binary}

# profile id  transport option(s) (';'-separated)
profiles=(
  "exim-default -"
  "exim-require-tls hosts_require_tls=*"
  "exim-verify hosts_require_tls=*;tls_verify_hosts=*"
  "exim-dane hosts_try_dane=*"
)

for spec in "${profiles[@]}"; do
  read -r profile options <<<"$spec"
  transport="smtp_${profile//-/_}"  # Exim names: letters, digits and underscores
  p="$dir/$profile"
  mkdir -p "$p/spool" "$p/log"
  chown -R Debian-exim:Debian-exim "$p/spool" "$p/log"
  {
    cat <<CONF
primary_hostname = sender.$profile.invalid
# Exim re-executes itself for each delivery; the unpacked binary is not at its built-in path.
exim_path = $binary
spool_directory = $p/spool
log_file_path = $p/log/%slog
exim_user = Debian-exim
exim_group = Debian-exim
keep_environment =
# Delivery in the foreground with -odi; the message goes to the lab only.
log_selector = +received_recipients +tls_certificate_verified +tls_peerdn +tls_cipher +outgoing_port

begin routers
to_mx:
  driver = dnslookup
  local_parts = ^$profile-
  transport = $transport
  no_more

begin transports
$transport:
  driver = smtp
  # Exim reuses a connection to 127.0.0.1 across ports otherwise (ENVIRONMENT.md).
  connection_max_messages = 1
CONF
    if [ "$options" != - ]; then
      IFS=';' read -ra kvs <<<"$options"
      for kv in "${kvs[@]}"; do echo "  ${kv%%=*} = ${kv#*=}"; done
    fi
    cat <<'CONF'

begin retry
# Debian's exim4-config default.
*   *   F,2h,15m; G,16h,1h,1.5; F,4d,6h
CONF
  } > "$p/exim.conf"
done
echo "$dir"
